// Builds report periods from month indexes and ISO weeks (shared by the presets and relative periods).
import type { Cutoff, PeriodKind, ReportPeriod } from '../../schemas/period';
import { MS_PER_DAY, dayOfWeek, formatLocalDate } from '../../time/index';
import { daysInMonth } from '../../time/_lib/civil';
import { ymd } from '../../time/_lib/localDate';

/** Calendar months in one period of each month-based kind. */
export const MONTHS_PER_PERIOD: Readonly<Record<Exclude<PeriodKind, 'week'>, number>> = {
  month: 1,
  quarter: 3,
  half: 6,
  year: 12,
};

/** Absolute month index: year × 12 + (month − 1). */
export const monthIndex = (year: number, month: number): number => year * 12 + month - 1;

/**
 * The period of `months` months whose nominal first month is `firstMonthIndex`:
 * calendar = 1st of the first month → last day of the last month;
 * nd09 (Nghị định 09/2019 Điều 12) = 15th of the month before → 14th of the last month.
 */
export function monthPeriod(firstMonthIndex: number, months: number, cutoff: Cutoff): ReportPeriod {
  const lastIndex = firstMonthIndex + months - 1;
  const lastYear = Math.floor(lastIndex / 12);
  const lastMonth = (lastIndex % 12) + 1;
  const firstYear = Math.floor(firstMonthIndex / 12);
  const firstMonth = (firstMonthIndex % 12) + 1;
  return cutoff === 'nd09'
    ? { from: ymd(firstYear, firstMonth - 1, 15), to: ymd(lastYear, lastMonth, 14) }
    : { from: ymd(firstYear, firstMonth, 1), to: ymd(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)) };
}

/** Wall milliseconds of the Monday of ISO week 1 of a year (the week containing 4 January). */
export function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  return jan4 - ((dayOfWeek(jan4) + 6) % 7) * MS_PER_DAY;
}

/** Number of ISO weeks (52 or 53) of a year. */
export function isoWeeksInYear(year: number): number {
  return Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * MS_PER_DAY));
}

/** Monday → Sunday of the week starting on the Monday `mondayMs`. */
export function weekPeriod(mondayMs: number): ReportPeriod {
  return { from: formatLocalDate(mondayMs), to: formatLocalDate(mondayMs + 6 * MS_PER_DAY) };
}
