import { TWO, checkWall, datePart } from './_lib/datePart';
import { MS_PER_DAY } from './units';

/**
 * Writes wall milliseconds as a local date-time `YYYY-MM-DDTHH:mm:ss` (the canonical form of
 * the dossiers' dates); a fraction of a second is dropped.
 *
 * @param ms - wall milliseconds
 * @returns the local date-time
 * @throws RangeError when `ms` is not a time a date can hold (NaN, ±Infinity)
 * @example formatLocalDateTime(Date.UTC(2026, 0, 5, 8, 3, 9)) // '2026-01-05T08:03:09'
 */
export function formatLocalDateTime(ms: number): string {
  checkWall(ms);
  const day = Math.floor(ms / MS_PER_DAY);
  const t = Math.floor((ms - day * MS_PER_DAY) / 1000);
  return `${datePart(day)}${TWO[Math.floor(t / 3600)]}:${TWO[Math.floor(t / 60) % 60]}:${TWO[t % 60]}`;
}
