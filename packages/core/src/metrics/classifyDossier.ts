import type { MetricsContext, MetricsDossier } from './context';
import type { DossierClass } from './counts';
import { inProgressClass } from './inProgress';
import { isLateReceived } from './lateReceived';
import { receivedClass, type ReceivedClass } from './received';
import { resolvedClass } from './resolved';

/**
 * Places one dossier in the figures of the period (domain.md §7), or returns `undefined` when it
 * does not count in this period at all. `received` is its {@link receivedClass}, when the caller
 * already has it.
 */
export function classifyDossier(
  d: MetricsDossier,
  ctx: MetricsContext,
  received: ReceivedClass | undefined = receivedClass(d, ctx),
): DossierClass | undefined {
  if (received === undefined) return undefined;
  const resolved = resolvedClass(d, ctx);
  const lateReceived = received === 'new' && isLateReceived(d, ctx);
  return resolved !== undefined
    ? { received, channel: d.channel, resolved, lateReceived }
    : { received, channel: d.channel, inProgress: inProgressClass(d, ctx), lateReceived };
}
