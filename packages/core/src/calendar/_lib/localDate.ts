// Helpers on local dates written `YYYY-MM-DD`, shared by the calendar and the periods.
import { MS_PER_DAY, formatLocalDate, parseLocalDateTime } from '../../time/index';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Wall milliseconds of midnight of a `YYYY-MM-DD` date, or `undefined` if it is not a real date. */
export function parseDateOnly(text: string): number | undefined {
  if (typeof text !== 'string' || !DATE_ONLY.test(text)) return undefined;
  return parseLocalDateTime(text);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  const ms = parseDateOnly(date);
  if (ms === undefined) throw new RangeError(`Invalid date: ${date}`);
  return formatLocalDate(ms + days * MS_PER_DAY);
}

/** `YYYY-MM-DD` of a year, month (1–12, may overflow either way) and day. */
export function ymd(year: number, month: number, day: number): string {
  return formatLocalDate(Date.UTC(year, month - 1, day));
}

/** Number of days of a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
