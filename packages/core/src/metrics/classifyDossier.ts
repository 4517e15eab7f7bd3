import type { Dossier } from '../schemas/dossier';
import type { MetricsContext } from './context';
import type { DossierClass } from './counts';
import { inProgressClass } from './inProgress';
import { isLateReceived } from './lateReceived';
import { receivedClass } from './received';
import { resolvedClass } from './resolved';

/**
 * Places one dossier in the figures of the period (domain.md §7), or returns `undefined` when it
 * does not count in this period at all.
 */
export function classifyDossier(d: Dossier, ctx: MetricsContext): DossierClass | undefined {
  const received = receivedClass(d, ctx);
  if (received === undefined) return undefined;
  const resolved = resolvedClass(d, ctx);
  return {
    received,
    channel: d.channel,
    ...(resolved !== undefined ? { resolved } : { inProgress: inProgressClass(d, ctx) }),
    lateReceived: received === 'new' && isLateReceived(d, ctx),
  };
}
