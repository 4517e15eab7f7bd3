import { MS_PER_HOUR, startOfDay, toWall } from '../time/index';
import type { MetricsContext, MetricsDossier } from './context';

/** Working time an online dossier may wait before it is accepted (domain.md §7): 8 working hours. */
export const ONLINE_RECEIPT_ALLOWANCE_MS = 8 * MS_PER_HOUR;

// domain.md §7 — lateReceived: direct/postal accepted on a later date than submitted; online after 8 working hours.
/**
 * Whether a dossier received inside the period was accepted later than allowed. Without a
 * submission time nothing can be said, and the dossier is not counted as late.
 */
export function isLateReceived(d: MetricsDossier, ctx: MetricsContext): boolean {
  if (d.submittedAt === undefined || d.receivedAt === undefined) return false;
  const submitted = toWall(d.submittedAt);
  const received = toWall(d.receivedAt);
  if (d.channel === 'online') {
    return ctx.calendar.workingMillisBetween(submitted, received) > ONLINE_RECEIPT_ALLOWANCE_MS;
  }
  return startOfDay(received) > startOfDay(submitted);
}
