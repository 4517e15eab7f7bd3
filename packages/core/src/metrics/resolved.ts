import { compareToDue } from '../calendar/index';
import { statusKinds } from '../schemas/enums';
import type { Dossier } from '../schemas/dossier';
import { toWall } from '../time/localTime';
import type { MetricsContext } from './context';
import { endAt } from './received';

export type ResolvedClass = 'early' | 'onTime' | 'late' | 'withdrawnOrRejected';

// domain.md §7 — resolved: ended inside P; withdrawn/stopped apart, the rest by endAt against dueAt.
/**
 * How a counted dossier was resolved in the period, or `undefined` if it did not end inside it.
 * Call only for dossiers that {@link receivedClass} counts.
 */
export function resolvedClass(d: Dossier, ctx: MetricsContext): ResolvedClass | undefined {
  const end = endAt(d);
  if (end === undefined || end >= ctx.end) return undefined;
  if (statusKinds[d.status] === 'endedWithoutResult') return 'withdrawnOrRejected';
  // validateDossier guarantees a due date for dossiers ended with a result.
  return compareToDue(end, toWall(d.dueAt as string), ctx.granularity, ctx.calendar);
}
