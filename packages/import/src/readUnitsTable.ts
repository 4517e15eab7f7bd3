import { dirname, isAbsolute, resolve } from 'node:path';
import { InputError, unitNameKey } from '@tthc/core';
import { importInputErrors } from './importErrors';
import { z } from 'zod';
import { cleanText } from './_lib/cleanText';
import { readSmallText, smallCsvRows } from './_lib/smallCsv';
import type { ImportInput } from './importResult';
import { detectDelimiter } from './readers/csv';

/** One row of a units table: the unit's name as the export writes it, and the path of its profile. */
export const UnitsTableRow = z.object({
  unit: z.string().trim().min(1),
  profile: z.string().trim().min(1),
  /** The row's number in the file (the heading is row 1). */
  line: z.number().int().positive(),
});
export interface UnitsTableRow extends z.infer<typeof UnitsTableRow> {}

const columns = ['unit', 'profile'] as const;

/**
 * Reads a units table: CSV with the heading `unit,profile` (comma, semicolon or tab; UTF-8 with
 * or without BOM; other columns are ignored), one row per ward. A profile path is relative to the
 * CSV's folder (for a file path; a buffer's paths are returned as written). Names are matched
 * later by `unitNameKey` of @tthc/core, so two rows whose names have the same key are an error.
 *
 * @param input - a file path or `{ name, data }`
 * @returns the rows, in file order
 * @throws InputError naming the file, row and column of an empty table, a missing heading, an
 *   empty cell or a unit listed twice, in Vietnamese and English
 * @example
 * const units = await readUnitsTable('examples/city/units.csv');
 */
export async function readUnitsTable(input: ImportInput): Promise<UnitsTableRow[]> {
  const { name, bytes } = await readSmallText(input);
  const rows = await smallCsvRows(name, bytes, detectDelimiter(bytes.toString('utf8', 0, Math.min(bytes.length, 4096))));
  const [header, ...body] = rows;
  if (!header || body.length === 0) throw new InputError(importInputErrors.units_table_empty, { path: { file: name } });
  const heading = header.cells.map((c) => c.trim().toLowerCase());
  const index = columns.map((c) => heading.indexOf(c));
  const missing = columns.filter((_, i) => index[i] === -1);
  if (missing.length > 0) {
    throw new InputError(importInputErrors.units_table_missing_column, { path: { file: name, line: header.line }, params: { missing } });
  }
  const folder = typeof input === 'string' ? dirname(input) : 'path' in input ? dirname(input.path) : undefined;
  const seen = new Map<string, number>();
  return body.map(({ cells, line }) => {
    const raw = { unit: cleanText(cells[index[0] ?? -1] ?? ''), profile: (cells[index[1] ?? -1] ?? '').trim(), line };
    const parsed = UnitsTableRow.safeParse(raw);
    if (!parsed.success) {
      const column = String(parsed.error.issues[0]?.path[0] ?? '');
      throw new InputError(importInputErrors.units_table_empty_cell, { path: { file: name, line, column } });
    }
    const row = parsed.data;
    const key = unitNameKey(row.unit);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(importInputErrors.units_table_duplicate, { path: { file: name, line }, params: { unit: row.unit, firstLine: first } });
    }
    seen.set(key, line);
    return folder === undefined || isAbsolute(row.profile) ? row : { ...row, profile: resolve(folder, row.profile) };
  });
}
