import type { CalendarDay } from './calendarDay';
import { officialDaysOff } from './officialDaysOff';
import { publicHolidays } from './publicHolidays';

const officialYears = new Set(officialDaysOff.map((d) => Number(d.date.slice(0, 4))));

/**
 * The special days of one year: the official schedule when the project ships one for that year
 * (2023–2026), else the holidays computed from the law ({@link publicHolidays}); plus `extra`
 * days (e.g. from {@link parseDaysOffCsv}) of that year. An extra day replaces a day of the
 * base schedule with the same date (the user's file wins). New objects, sorted by date.
 *
 * @param year - solar year
 * @param extra - additional days; days of other years are ignored
 * @returns the year's holidays, days off and make-up Saturdays, sorted by date
 * @example daysOffForYear(2026)[1] // { date: '2026-01-02', kind: 'dayOff', name: 'Hoán đổi – Fri 2/1 off (worked on Sat 10/1)', source: … }
 */
export function daysOffForYear(year: number, extra: readonly CalendarDay[] = []): CalendarDay[] {
  const prefix = `${String(year).padStart(4, '0')}-`;
  const base = officialYears.has(year) ? officialDaysOff.filter((d) => d.date.startsWith(prefix)) : publicHolidays(year);
  const mine = extra.filter((d) => d.date.startsWith(prefix));
  const overridden = new Set(mine.map((d) => d.date));
  return [...base.filter((d) => !overridden.has(d.date)), ...mine]
    .map((d) => ({ ...d }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
