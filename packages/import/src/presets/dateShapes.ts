import { InputError } from '@tthc/core';
import type { MappedColumn } from './mapRow';
import { importInputErrors } from '../importErrors';

// docs/domain-decisions.md ("Dates swapped by a month-first program") — a spreadsheet
// program set to a month-first locale that opens a day-first export turns every text whose first
// two numbers are both ≤ 12 into a date with day and month swapped (01/07/2025 becomes 7 January)
// and leaves the rest as text (13/07/2025). Its signature in one column: typed dates (workbook
// date cells, or ISO texts a program wrote) next to day-first texts whose day is always above 12.
// Such a column is refused: its figures would be wrong, silently.

interface Shape {
  heading: string;
  /** Workbook date cells (serials) or ISO texts. */
  typed: number;
  /** Day-first texts (d/m/yyyy) with the day ≤ 12, and above 12. */
  low: number;
  high: number;
  example?: string;
}

const DAY_FIRST = /^\s*(\d{1,2})[/.-]\d{1,2}[/.-]\d{4}/;
const ISO = /^\s*\d{4}-\d{2}-\d{2}/;

/** The shapes of the values of each date column of one table, and the check for a swap. */
export class DateShapes {
  private readonly columns = new Map<number, Shape>();

  /** Notes one value of a date column (a serial number of a workbook, or a text). */
  note(column: MappedColumn, raw: unknown, serial: boolean): void {
    let shape = this.columns.get(column.index);
    if (shape === undefined) {
      shape = { heading: column.heading, typed: 0, low: 0, high: 0 };
      this.columns.set(column.index, shape);
    }
    // A day-first text with a day ≤ 12 makes the column a genuine mix: nothing more to look at.
    if (shape.low > 0) return;
    if (typeof raw === 'number') {
      if (serial) shape.typed++;
      return;
    }
    if (typeof raw !== 'string') return;
    const m = DAY_FIRST.exec(raw);
    if (m) {
      if (Number(m[1]) > 12) {
        shape.high++;
        shape.example ??= raw.trim();
      } else shape.low++;
    } else if (ISO.test(raw)) shape.typed++;
  }

  /**
   * Throws when a column shows the signature of a month-first swap.
   *
   * @param where - the file (and sheet), for the message
   * @throws InputError naming the column and how to export the file again
   */
  check(where: string): void {
    for (const shape of this.columns.values()) {
      if (shape.typed === 0 || shape.high === 0 || shape.low > 0) continue;
      throw new InputError(importInputErrors.dates_swapped, {
        params: { where, heading: shape.heading, typed: shape.typed, high: shape.high, example: shape.example ?? '' },
      });
    }
  }
}
