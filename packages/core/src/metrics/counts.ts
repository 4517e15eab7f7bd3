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
 * Adds one classified dossier to counts (mutates `counts`, which the caller owns). Each dossier
 * lands in exactly one of resolved / in progress, so received.total = resolved.total +
 * inProgress.total holds by construction.
 */
export function addToCounts(counts: Counts, c: DossierClass): void {
  counts.received.total += 1;
  if (c.received === 'carriedOver') counts.received.carriedOver += 1;
  else {
    counts.received.new.total += 1;
    counts.received.new[c.channel] += 1;
  }
  if (c.resolved !== undefined) {
    counts.resolved.total += 1;
    counts.resolved[c.resolved] += 1;
  } else if (c.inProgress !== undefined) {
    counts.inProgress.total += 1;
    counts.inProgress[c.inProgress] += 1;
    if (c.inProgress === 'overdue' && c.received === 'new') counts.inProgress.overdueReceivedInPeriod += 1;
  }
  if (c.lateReceived) counts.lateReceived += 1;
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
