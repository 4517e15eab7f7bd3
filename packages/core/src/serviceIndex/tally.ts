import { classifyDossier } from '../metrics/classifyDossier';
import { serviceLevelOf, type MetricsContext, type MetricsDossier } from '../metrics/context';
import { createOnlineServicesTally, type OnlineServicesTally } from '../metrics/onlineServices';
import type { LostDossierOf } from './build';
import { flagIndicators, type FlagIndicatorKey } from './flags';
import { ONLINE_DOSSIER_SHARE } from './online';
import { progressVerdict, PROGRESS_CODE } from './progress';
import type { LostDossier } from './schema';

// docs/qd766-index.md — what the groups' formulas read of the dossiers, gathered in one pass: counts,
// and only the dossiers that cost points (or may, until the pass ends and the ratio is known).

/** A dossier flag read by an indicator over a scope of dossiers (docs/qd766-index.md §3–4). */
export interface FlagTally {
  /** The dossiers in the indicator's scope. */
  scope: number;
  /** Those of them that state the flag (a dossier without it is left out: the export did not say). */
  stated: number;
  /** Those whose flag is true. */
  yes: number;
  /** Those whose flag is false, in input order: they cost points while the indicator's rule says so. */
  no: LostDossier[];
}

/** What every group's rule reads of the dossiers of one scope (the whole input, or one unit). */
export interface IndexTally {
  ctx: MetricsContext;
  /** received.total of domain.md §7: the dossiers counted in the period. */
  received: number;
  /** The counted dossiers not on time (`judgeProgress`), in input order. */
  notOnTime: LostDossier[];
  /** The online-service figures of the dossiers received in the period (B's numerator). */
  online: OnlineServicesTally;
  /** The dossiers received in the period, and those of them received online. */
  receivedNew: number;
  receivedOnline: number;
  /** Received in the period not online, for a procedure offered online: they cost C points while C < 50%. */
  notOnline: LostDossier[];
  /** `paidOnline` over the dossiers received in the period. */
  paidOnline: FlagTally;
  /** `hasElectronicResult` over the dossiers resolved with a result in the period. */
  electronicResult: FlagTally;
  /** `hasDigitizedComponents` over the dossiers received in the period. */
  digitizedComponents: FlagTally;
}

const flagTally = (): FlagTally => ({ scope: 0, stated: 0, yes: 0, no: [] });

/** An empty tally of one scope. */
export function createIndexTally(ctx: MetricsContext): IndexTally {
  return {
    ctx,
    received: 0,
    notOnTime: [],
    online: createOnlineServicesTally(ctx),
    receivedNew: 0,
    receivedOnline: 0,
    notOnline: [],
    paidOnline: flagTally(),
    electronicResult: flagTally(),
    digitizedComponents: flagTally(),
  };
}

/** Counts the flag of one dossier in the scope of each tally; its lost record, made once, is shared. */
function addFlag(d: MetricsDossier, lostDossier: LostDossierOf, tallies: readonly IndexTally[], key: FlagIndicatorKey): void {
  const { flag, code, lostReason } = flagIndicators[key];
  const value = d[flag];
  const lost = value === false ? lostDossier(d, lostReason, code) : undefined;
  for (const t of tallies) {
    const f = t[key];
    f.scope += 1;
    if (value === undefined) continue;
    f.stated += 1;
    if (lost) f.no.push(lost);
    else f.yes += 1;
  }
}

/**
 * Counts one dossier in every tally given (the whole input's and its unit's): the dossier is
 * classified and judged once, each of its lost records made once (by `lostDossier`) and shared
 * between the tallies.
 */
export function addToIndexTallies(d: MetricsDossier, ctx: MetricsContext, lostDossier: LostDossierOf, tallies: readonly IndexTally[]): void {
  const cls = classifyDossier(d, ctx);
  if (!cls) return;
  const verdict = progressVerdict({ dossier: d, cls }, ctx);
  const late = verdict.onTime ? undefined : lostDossier(d, verdict.reason, PROGRESS_CODE, verdict.judgedAt);
  for (const t of tallies) {
    t.received += 1;
    if (late) t.notOnTime.push(late);
  }
  if (cls.resolved !== undefined && cls.resolved !== 'withdrawnOrRejected') addFlag(d, lostDossier, tallies, 'electronicResult');
  if (cls.received !== 'new') return;
  const online = cls.channel === 'online';
  const level = online ? undefined : serviceLevelOf(d, ctx);
  const notOnline = level === 'partial' || level === 'full' ? lostDossier(d, 'not_online', ONLINE_DOSSIER_SHARE) : undefined;
  for (const t of tallies) {
    t.receivedNew += 1;
    if (online) {
      t.receivedOnline += 1;
      // Only an online dossier received in the period can count in B's numerator: the others are not added.
      t.online.add(d);
    }
    if (notOnline) t.notOnline.push(notOnline);
  }
  addFlag(d, lostDossier, tallies, 'paidOnline');
  addFlag(d, lostDossier, tallies, 'digitizedComponents');
}
