import type { Counts } from '../schemas/metrics';
import type { Channel } from '../schemas/enums';
import type { ReceivedClass } from './received';
import type { ResolvedClass } from './resolved';
import type { InProgressClass } from './inProgress';

/** Where one counted dossier falls in the figures of domain.md §7. */
export interface DossierClass {
  received: ReceivedClass;
  channel: Channel;
  /** Set when the dossier ended inside the period. */
  resolved?: ResolvedClass;
  /** Set when the dossier is still open at the period's end. */
  inProgress?: InProgressClass;
  lateReceived: boolean;
}

/** All counts at zero. */
export function emptyCounts(): Counts {
  return {
    received: { total: 0, carriedOver: 0, new: { total: 0, online: 0, direct: 0, postal: 0 } },
    resolved: { total: 0, early: 0, onTime: 0, late: 0, withdrawnOrRejected: 0 },
    inProgress: { total: 0, withinDeadline: 0, overdue: 0, overdueReceivedInPeriod: 0 },
    lateReceived: 0,
  };
}

/**
 * Adds `n` dossiers of one class to counts (mutates `counts`, which the caller owns). Each
 * dossier lands in exactly one of resolved / in progress, so received.total = resolved.total +
 * inProgress.total holds by construction.
 */
export function addToCounts(counts: Counts, c: DossierClass, n = 1): void {
  counts.received.total += n;
  if (c.received === 'carriedOver') counts.received.carriedOver += n;
  else {
    counts.received.new.total += n;
    counts.received.new[c.channel] += n;
  }
  if (c.resolved !== undefined) {
    counts.resolved.total += n;
    counts.resolved[c.resolved] += n;
  } else if (c.inProgress !== undefined) {
    counts.inProgress.total += n;
    counts.inProgress[c.inProgress] += n;
    if (c.inProgress === 'overdue' && c.received === 'new') counts.inProgress.overdueReceivedInPeriod += n;
  }
  if (c.lateReceived) counts.lateReceived += n;
}

const CHANNELS: readonly Channel[] = ['direct', 'online', 'postal'];
const RESOLVED: readonly ResolvedClass[] = ['early', 'onTime', 'late', 'withdrawnOrRejected'];

/**
 * Every class a dossier can fall in, numbered by {@link classKey}: a tally keeps one number per
 * class (a typed-array slot, no object touched per dossier) and adds each class's count once, at
 * the end, with {@link addToCounts}.
 */
export const dossierClasses: readonly DossierClass[] = Array.from({ length: 2 * 3 * 6 * 2 }, (_, key) => {
  const lateReceived = key % 2 === 1;
  const outcome = Math.floor(key / 2) % 6;
  const channel = CHANNELS[Math.floor(key / 12) % 3] as Channel;
  const received: ReceivedClass = key >= 36 ? 'new' : 'carriedOver';
  return outcome < 4
    ? { received, channel, resolved: RESOLVED[outcome] as ResolvedClass, lateReceived }
    : { received, channel, inProgress: outcome === 5 ? 'overdue' : 'withinDeadline', lateReceived };
});

/** The number of `c` in {@link dossierClasses}. */
export function classKey(c: DossierClass): number {
  const channel = c.channel === 'direct' ? 0 : c.channel === 'online' ? 1 : 2;
  const outcome =
    c.resolved === undefined
      ? c.inProgress === 'overdue' ? 5 : 4
      : c.resolved === 'early' ? 0 : c.resolved === 'onTime' ? 1 : c.resolved === 'late' ? 2 : 3;
  return ((c.received === 'new' ? 3 : 0) + channel) * 12 + outcome * 2 + (c.lateReceived ? 1 : 0);
}

/**
 * Adds every count of `from` to `into` (mutates `into`), whatever the shape of {@link Counts}:
 * the groups of the tally are summed with it once at the end, not a dossier at a time.
 */
export function sumCounts(into: Counts, from: Counts): void {
  addTree(into as unknown as Tree, from as unknown as Tree);
}

interface Tree {
  [key: string]: number | Tree;
}

function addTree(into: Tree, from: Tree): void {
  for (const key of Object.keys(from)) {
    const v = from[key] as number | Tree;
    if (typeof v === 'number') (into[key] as number) += v;
    else addTree(into[key] as Tree, v);
  }
}
