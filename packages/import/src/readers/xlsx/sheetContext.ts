import { InputError } from '@tthc/core';
import type { SharedStrings } from './sharedStrings';
import { importInputErrors } from '../../importErrors';

export const MAX_COLUMNS = 16_384;

export interface SheetContext {
  file: string;
  sheet: string;
  strings: SharedStrings;
  maxCellLength: number;
  /**
   * The columns the reader of the rows maps (set once the heading is known): a shared string in
   * another column is not decoded, only told filled ({@link UNREAD}) or empty — unless it may be
   * the first value of its row, which the totals check reads.
   */
  wanted?: Uint8Array;
}

/** Stands for a filled cell that nobody reads (a control character: no real cell holds one). */
export const UNREAD = '\u0000';

/** Throws the `InputError` of a row of the sheet. */
export function fail(ctx: SheetContext, row: number, vi: string, en: string): never {
  throw new InputError(importInputErrors.sheet_row_problem, { path: { file: ctx.file, sheet: ctx.sheet, row }, params: { problemVi: vi, problemEn: en } });
}

export function tooLong(ctx: SheetContext, row: number, col: number): never {
  fail(ctx, row, `ô ${col + 1} dài hơn ${ctx.maxCellLength} ký tự`, `cell ${col + 1} is longer than ${ctx.maxCellLength} characters`);
}

