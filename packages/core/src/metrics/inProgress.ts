import { MS_PER_DAY, startOfDay, toWall } from '../time/index';
import type { MetricsContext, MetricsDossier } from './context';

export type InProgressClass = 'withinDeadline' | 'overdue';

// domain.md §7 — in progress: open at the end of P; overdue when due before `to` (datetime: before its end).
/**
 * Whether a counted dossier that did not end in the period is overdue at the period's end.
 * A dossier due on the last day is still within its deadline. While a supplement is requested
 * the clock is paused (domain.md §5): the due time moves by the working time of the pause.
 */
export function inProgressClass(d: MetricsDossier, ctx: MetricsContext): InProgressClass {
  // No due date and no time limit in the catalog: the portal's rule (docs/domain-decisions.md); a warning says so.
  let due = ctx.dueOf(d);
  if (due === undefined) return 'withinDeadline';
  if (d.status === 'supplementRequested' && d.supplementRequestedAt !== undefined) {
    const pausedFrom = toWall(d.supplementRequestedAt);
    if (pausedFrom < ctx.end) due = ctx.calendar.extendForPause(due, pausedFrom, ctx.end);
  }
  const overdue =
    ctx.granularity === 'date' ? startOfDay(due) < ctx.end - MS_PER_DAY : due < ctx.end;
  return overdue ? 'overdue' : 'withinDeadline';
}
