import type { ReportPeriod } from '../schemas/period';
import { MS_PER_DAY, parseLocalDate } from '../time/index';
import { comparablePeriods } from './comparablePeriods';

const days = (p: ReportPeriod) => Math.round(((parseLocalDate(p.to) as number) - (parseLocalDate(p.from) as number)) / MS_PER_DAY) + 1;

/**
 * Of some periods (a unit's stored ones), the last `count` of the same kind as `period` that end
 * before it starts, oldest first: the same preset kind and cut-off (months with months, ND 09
 * quarters with ND 09 quarters), or, for any other span, the same number of days.
 *
 * @param period - this period
 * @param periods - the candidates, in any order
 * @param count - how many at most (default 12)
 * @returns the periods chosen, oldest first
 * @example recentPeriods({ from: '2025-12-01', to: '2025-12-31' }, stored).map((p) => p.from) // ['2025-01-01', …, '2025-11-01']
 */
export function recentPeriods<P extends ReportPeriod>(period: ReportPeriod, periods: Iterable<P>, count = 12): P[] {
  const { kind, cutoff } = comparablePeriods(period);
  const length = days(period);
  const same = (p: ReportPeriod) => {
    const c = comparablePeriods(p);
    return kind === null ? c.kind === null && days(p) === length : c.kind === kind && c.cutoff === cutoff;
  };
  const before = [...periods].filter((p) => p.to < period.from && same(p));
  before.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return before.slice(-count);
}
