import { statusKinds } from '../schemas/enums';
import { toWall } from '../time/index';
import { endOf } from '../validate/endOf';
import type { MetricsContext, MetricsDossier } from './context';

export type ReceivedClass = 'carriedOver' | 'new';

// domain.md §7 — received: carriedOver (before P, not ended before P starts) or new (inside P).
/**
 * Whether a dossier counts as received in the period, and how: `new` when accepted inside the
 * period, `carriedOver` when accepted before it and not ended before it starts; `undefined` when it
 * does not count (never accepted, accepted after the period, or ended before it).
 */
export function receivedClass(d: MetricsDossier, ctx: MetricsContext): ReceivedClass | undefined {
  if (statusKinds[d.status] === 'notReceived' || d.receivedAt === undefined) return undefined;
  const received = toWall(d.receivedAt);
  if (received >= ctx.end) return undefined;
  if (received >= ctx.start) return 'new';
  const end = endAt(d);
  if (end !== undefined && end < ctx.start) return undefined;
  return 'carriedOver';
}

/** Wall milliseconds at which an ended dossier ended (domain.md §4), `undefined` while open. */
export function endAt(d: MetricsDossier): number | undefined {
  const kind = statusKinds[d.status];
  if (kind !== 'endedWithResult' && kind !== 'endedWithoutResult') return undefined;
  const end = endOf<string | number>(d);
  return end ? toWall(end.at) : undefined;
}
