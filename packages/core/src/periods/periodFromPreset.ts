import { UsageError, coreUsageErrors } from '../errors/index';
import type { Cutoff, PeriodKind, ReportPeriod } from '../schemas/period';
import { MS_PER_DAY } from '../time/index';
import { checkKindAndCutoff } from './_lib/checkKindAndCutoff';
import { MONTHS_PER_PERIOD, isoWeekOneMonday, isoWeeksInYear, monthIndex, monthPeriod, weekPeriod } from './_lib/periodBounds';

const LABELS: Readonly<Record<PeriodKind, { pattern: RegExp; format: string; example: string }>> = {
  week: { pattern: /^(\d{4})-W(\d{2})$/, format: 'YYYY-Www (ISO)', example: '2026-W02' },
  month: { pattern: /^(\d{4})-(\d{2})$/, format: 'YYYY-MM', example: '2026-01' },
  quarter: { pattern: /^(\d{4})-Q(\d)$/, format: 'YYYY-Qn', example: '2025-Q4' },
  half: { pattern: /^(\d{4})-H(\d)$/, format: 'YYYY-Hn', example: '2026-H1' },
  year: { pattern: /^(\d{4})$/, format: 'YYYY', example: '2026' },
};

/** Periods of each kind in a year. */
const PER_YEAR: Readonly<Record<Exclude<PeriodKind, 'week'>, number>> = { month: 12, quarter: 4, half: 2, year: 1 };

/**
 * The report period named by a label, as calendar periods or with the cut-off of Nghị định
 * 09/2019/NĐ-CP Điều 12 (`nd09`): month = 15th of the previous month → 14th; quarter = 15th of
 * the month before the quarter → 14th of its last month; H1 = 15/12 of the previous year → 14/6,
 * H2 = 15/6 → 14/12; year = 15/12 of the previous year → 14/12. A week is the ISO week
 * (Monday → Sunday) in both modes: the decree sets no weekly cut-off.
 *
 * @param kind - `week`, `month`, `quarter`, `half` or `year`
 * @param label - `2026-W02`, `2026-01`, `2025-Q4`, `2026-H1` or `2026`, matching `kind`
 * @param cutoff - `calendar` (default) or `nd09`
 * @returns the period, both dates inclusive
 * @throws UsageError when the label is malformed or of another kind, saying the format expected
 * @example periodFromPreset('month', '2026-01', 'nd09') // { from: '2025-12-15', to: '2026-01-14' }
 */
export function periodFromPreset(kind: PeriodKind, label: string, cutoff: Cutoff = 'calendar'): ReportPeriod {
  checkKindAndCutoff(kind, cutoff);
  const { pattern, format, example } = LABELS[kind];
  const match = pattern.exec(typeof label === 'string' ? label.trim() : '');
  const year = Number(match?.[1]);
  const n = kind === 'year' ? 1 : Number(match?.[2]);
  const count = kind === 'week' ? isoWeeksInYear(year) : PER_YEAR[kind];
  if (!match || year < 1 || !(n >= 1 && n <= count)) {
    const params = { label: String(label), kind, format, example };
    if (!match) throw new UsageError(coreUsageErrors.invalid_period_label, { params });
    throw new UsageError(coreUsageErrors.period_label_out_of_range, { params: { ...params, count } });
  }
  if (kind === 'week') return weekPeriod(isoWeekOneMonday(year) + (n - 1) * 7 * MS_PER_DAY);
  const months = MONTHS_PER_PERIOD[kind];
  return monthPeriod(monthIndex(year, 1) + (n - 1) * months, months, cutoff);
}
