import type { Cutoff, PeriodKind, ReportPeriod } from '../schemas/period';
import { MS_PER_DAY, formatLocalDate, parseLocalDate } from '../time/index';
import { parsePeriod } from './parsePeriod';
import { relativePeriod } from './relativePeriod';

// docs/domain-decisions.md §"History" — which stored periods a report compares with.

/** The periods a report compares its figures with. */
export interface ComparablePeriods {
  /** The preset the period is (a week, month, quarter, half or year, calendar or `nd09`), or null for any other span. */
  kind: PeriodKind | null;
  cutoff: Cutoff | null;
  /** The period just before it, of the same kind (or the same number of days, ending the day before). */
  previous: ReportPeriod;
  /** The same period a year before (for a week: 52 weeks before, the same weekdays). */
  lastYear: ReportPeriod;
}

const KINDS: readonly PeriodKind[] = ['week', 'month', 'quarter', 'half', 'year'];
const CUTOFFS: readonly Cutoff[] = ['calendar', 'nd09'];
/** How many periods of a kind back is the same period a year before. */
const YEAR_BACK: Readonly<Record<PeriodKind, number>> = { week: 52, month: 12, quarter: 4, half: 2, year: 1 };

/**
 * The previous period and the same period of last year, what a report compares with. A preset
 * period (an ISO week; a calendar or Nghị định 09 month, quarter, half or year) gives the preset
 * before it and the one a year before; any other span gives the same number of days ending the
 * day before it starts, and the same dates a year before (29/02 as 28/02).
 *
 * @param period - the report's period
 * @returns its kind and the two periods
 * @throws UsageError for a malformed period (as `parsePeriod`)
 * @example comparablePeriods({ from: '2025-12-01', to: '2025-12-31' }) // previous 2025-11-01–30, lastYear 2024-12-01–31
 */
export function comparablePeriods(period: { from: string; to: string }): ComparablePeriods {
  const p = parsePeriod(period);
  for (const kind of KINDS) {
    for (const cutoff of kind === 'week' ? (['calendar'] as const) : CUTOFFS) {
      const same = relativePeriod(kind, p.from, cutoff, 0);
      if (same.from !== p.from || same.to !== p.to) continue;
      return {
        kind,
        cutoff,
        previous: relativePeriod(kind, p.from, cutoff, -1),
        lastYear: relativePeriod(kind, p.from, cutoff, -YEAR_BACK[kind]),
      };
    }
  }
  const from = parseLocalDate(p.from) as number;
  const to = parseLocalDate(p.to) as number;
  const days = Math.round((to - from) / MS_PER_DAY) + 1;
  return {
    kind: null,
    cutoff: null,
    previous: { from: formatLocalDate(from - days * MS_PER_DAY), to: formatLocalDate(from - MS_PER_DAY) },
    lastYear: { from: yearBefore(p.from), to: yearBefore(p.to) },
  };
}

/** The same date a year before; 29/02 becomes 28/02. */
function yearBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${year}-${monthDay}`;
}
