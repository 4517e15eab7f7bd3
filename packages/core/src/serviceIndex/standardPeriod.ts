import { periodFromPreset } from '../periods/periodFromPreset';
import type { ReportPeriod } from '../schemas/period';

// docs/qd766-index.md §"Periods" — the portal scores calendar months, quarters and years.

/** `month`, `quarter` or `year` when the period is exactly that calendar period, else null. */
export function calendarPeriodKind(period: ReportPeriod): 'month' | 'quarter' | 'year' | null {
  const same = (p: ReportPeriod) => p.from === period.from && p.to === period.to;
  const year = period.from.slice(0, 4);
  const month = Number(period.from.slice(5, 7));
  if (same(periodFromPreset('month', period.from.slice(0, 7)))) return 'month';
  if (same(periodFromPreset('quarter', `${year}-Q${Math.ceil(month / 3)}`))) return 'quarter';
  if (same(periodFromPreset('year', year))) return 'year';
  return null;
}
