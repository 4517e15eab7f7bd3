import { UsageError, coreUsageErrors } from '../errors/index';
import type { Cutoff, PeriodKind, ReportPeriod } from '../schemas/period';
import { MS_PER_DAY, dayOfWeek, parseLocalDate } from '../time/index';
import { MONTHS_PER_PERIOD, monthIndex, monthPeriod, weekPeriod } from './_lib/periodBounds';
import { checkKindAndCutoff } from './_lib/checkKindAndCutoff';

/**
 * The period `offset` periods away from the one containing `runDate` (−1 = the previous week,
 * month, quarter…, as an n8n schedule asks "the previous month relative to today"). With `nd09`
 * the period containing a date follows the cut-off: 16/01 belongs to February's nd09 month,
 * 15/12 to the next year's Q1, H1 and year. Weeks are ISO weeks in both modes.
 *
 * @param kind - `week`, `month`, `quarter`, `half` or `year`
 * @param runDate - the reference date `YYYY-MM-DD`
 * @param cutoff - `calendar` (default) or `nd09`
 * @param offset - whole number of periods, default −1 (the previous one); 0 = the current one
 * @returns the period, both dates inclusive
 * @throws UsageError on a malformed date, kind, cut-off or offset
 * @example relativePeriod('month', '2026-01-16', 'nd09') // { from: '2025-12-15', to: '2026-01-14' }
 */
export function relativePeriod(kind: PeriodKind, runDate: string, cutoff: Cutoff = 'calendar', offset = -1): ReportPeriod {
  const ms = parseLocalDate(runDate);
  if (ms === undefined) {
    throw new UsageError(coreUsageErrors.invalid_run_date, { params: { value: String(runDate) } });
  }
  if (!Number.isInteger(offset)) {
    throw new UsageError(coreUsageErrors.invalid_period_offset, { params: { value: String(offset) } });
  }
  checkKindAndCutoff(kind, cutoff);
  if (kind === 'week') {
    const monday = ms - ((dayOfWeek(ms) + 6) % 7) * MS_PER_DAY;
    return weekPeriod(monday + offset * 7 * MS_PER_DAY);
  }
  const date = new Date(ms);
  const month = monthIndex(date.getUTCFullYear(), date.getUTCMonth() + 1) + (cutoff === 'nd09' && date.getUTCDate() >= 15 ? 1 : 0);
  const months = MONTHS_PER_PERIOD[kind];
  const first = Math.floor(month / months) * months + offset * months;
  return monthPeriod(first, months, cutoff);
}
