import { compareToDue } from '../calendar/index';
import { statusKinds } from '../schemas/enums';
import type { MetricsContext, MetricsDossier } from './context';
import { endAt } from './received';

export type ResolvedClass = 'early' | 'onTime' | 'late' | 'withdrawnOrRejected';

// domain.md §7 — resolved: ended inside P; withdrawn/stopped apart, the rest by endAt against dueAt.
/**
 * How a counted dossier was resolved in the period, or `undefined` if it did not end inside it.
 * Call only for dossiers that {@link receivedClass} counts.
 */
export function resolvedClass(d: MetricsDossier, ctx: MetricsContext): ResolvedClass | undefined {
  const end = endAt(d);
  if (end === undefined || end >= ctx.end) return undefined;
  if (statusKinds[d.status] === 'endedWithoutResult') return 'withdrawnOrRejected';
  // No due date and no time limit in the catalog: on time, as the portal counts it
  // (docs/domain-decisions.md; a warning says so).
  const due = ctx.dueOf(d);
  if (due === undefined) return 'onTime';
  return compareToDue(end, due, ctx.granularity, ctx.calendar);
}
