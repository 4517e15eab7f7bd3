// The date part of local ISO texts, made once a day: exports hold few distinct days and many
// dossiers per day, so a date-time is one cached date (with its `T`) and three table lookups.
import { MS_PER_DAY } from '../units';

/** `00` … `59`. */
export const TWO: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

const days = new Map<number, string>();
const MAX_CACHED = 100_000;

/** `YYYY-MM-DDT` of a day counted from 1970-01-01 (negative before), the year padded to 4 digits. */
export function datePart(day: number): string {
  let date = days.get(day);
  if (date === undefined) {
    const d = new Date(day * MS_PER_DAY);
    date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${TWO[d.getUTCMonth() + 1]}-${TWO[d.getUTCDate()]}T`;
    if (days.size < MAX_CACHED) days.set(day, date);
  }
  return date;
}

/** The largest distance from 1970 that a `Date` can hold, in milliseconds. */
const DATE_RANGE = 8.64e15;

/** Throws a RangeError when `ms` is not wall milliseconds that a date can hold (NaN, ±Infinity, too far). */
export function checkWall(ms: number): void {
  if (!(ms >= -DATE_RANGE && ms <= DATE_RANGE)) throw new RangeError(`Invalid wall time: ${ms}`);
}
