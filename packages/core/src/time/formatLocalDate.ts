import { checkWall, datePart } from './_lib/datePart';
import { MS_PER_DAY } from './units';

/**
 * Writes the local calendar date of wall milliseconds, `YYYY-MM-DD` (the time of day is dropped).
 *
 * @param ms - wall milliseconds
 * @returns the local date
 * @throws RangeError when `ms` is not a time a date can hold (NaN, ±Infinity)
 * @example formatLocalDate(Date.UTC(2024, 1, 29, 23, 59)) // '2024-02-29'
 */
export function formatLocalDate(ms: number): string {
  checkWall(ms);
  return datePart(Math.floor(ms / MS_PER_DAY)).slice(0, -1);
}
