// Arithmetic on local dates written `YYYY-MM-DD`, shared by the calendar and the periods.
import { formatLocalDate } from '../formatLocalDate';
import { parseLocalDate } from '../parseLocalDate';
import { MS_PER_DAY } from '../units';

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const ms = parseLocalDate(date);
  if (ms === undefined) throw new RangeError(`Invalid date: ${date}`);
  return formatLocalDate(ms + days * MS_PER_DAY);
}

/** `YYYY-MM-DD` of a year, month (1–12, may overflow either way) and day. */
export function ymd(year: number, month: number, day: number): string {
  return formatLocalDate(Date.UTC(year, month - 1, day));
}
