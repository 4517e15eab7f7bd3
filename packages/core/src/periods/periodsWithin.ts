import type { Cutoff, PeriodKind, ReportPeriod } from '../schemas/period';
import { MS_PER_DAY, formatLocalDate, parseLocalDate } from '../time/index';
import { parsePeriod } from './parsePeriod';
import { relativePeriod } from './relativePeriod';

/**
 * The consecutive periods of a kind that cover a span, in order: each preset (an ISO week; a
 * calendar or Nghị định 09 month, quarter, half or year) holding a day of the span, the first and
 * last cut to the span when it starts or ends inside them.
 *
 * @param span - the span, both dates inclusive
 * @param kind - `week`, `month`, `quarter`, `half` or `year`
 * @param cutoff - `calendar` (default) or `nd09`
 * @returns the periods, at least one
 * @throws UsageError for a malformed span, kind or cut-off
 * @example periodsWithin({ from: '2025-10-01', to: '2025-12-31' }, 'month').map((p) => p.from) // ['2025-10-01', '2025-11-01', '2025-12-01']
 */
export function periodsWithin(span: { from: string; to: string }, kind: PeriodKind, cutoff: Cutoff = 'calendar'): ReportPeriod[] {
  const s = parsePeriod(span);
  const out: ReportPeriod[] = [];
  for (let day = s.from; day <= s.to; ) {
    const p = relativePeriod(kind, day, cutoff, 0);
    const to = p.to < s.to ? p.to : s.to;
    out.push({ from: day, to });
    day = formatLocalDate((parseLocalDate(to) as number) + MS_PER_DAY);
  }
  return out;
}
