import { daysFromCivil, daysInMonth } from './_lib/civil';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from './units';

/**
 * The wall milliseconds of a local date and time given by its fields, like `Date.UTC` but
 * checked: a date that does not exist (30/02, 31/04, 29/02 of a common year) or a field out of
 * its range gives `undefined` instead of rolling over into the next month. Years 100–9999 of
 * the proleptic Gregorian calendar (as `Date` counts), whole numbers only.
 *
 * @param year - the year, 100–9999
 * @param month - the month, 1–12
 * @param day - the day of the month, 1–28/29/30/31
 * @param hours - 0–23; default 0
 * @param minutes - 0–59; default 0
 * @param seconds - 0–59; default 0
 * @returns wall milliseconds, or `undefined` when the fields are not a real date-time
 * @example
 * wallTime(2024, 2, 29, 8, 30) // Date.UTC(2024, 1, 29, 8, 30)
 * wallTime(2026, 2, 29) // undefined: 2026 is a common year
 */
export function wallTime(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number | undefined {
  // Written so that NaN fails every test; runs for every date of every row of a large import.
  if (!(year >= 100 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  if (!(hours >= 0 && hours <= 23 && minutes >= 0 && minutes <= 59 && seconds >= 0 && seconds <= 59)) return undefined;
  // Whole numbers: in these ranges, `x | 0` is `x` exactly when `x` has no fraction.
  if ((year | 0) !== year || (month | 0) !== month || (day | 0) !== day) return undefined;
  if ((hours | 0) !== hours || (minutes | 0) !== minutes || (seconds | 0) !== seconds) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day) * MS_PER_DAY + hours * MS_PER_HOUR + minutes * MS_PER_MINUTE + seconds * 1000;
}
