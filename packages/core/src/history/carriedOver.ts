import { createMetricsContext, UNKNOWN_UNIT, type MetricsDossier } from '../metrics/context';
import { classifyDossier } from '../metrics/classifyDossier';
import { receivedClass } from '../metrics/received';
import type { ComputeMetricsOptions } from '../metrics/computeMetrics';
import { statusKinds } from '../schemas/enums';
import { toWall } from '../time/index';
import { parsePeriod } from '../periods/index';

// domain.md §7 — a period's carried-over dossiers (received before it, not ended before it starts)
// are the dossiers open at the end of the period before it. Two reports of one unit agree only if
// the codes are the same; a dossier deleted, re-entered or whose end date changed makes them differ.

/**
 * Why a dossier is on one side of the check only. Open then, not carried over now: `absent` (no
 * dossier has the code now), `ended_before_period` (it now ends before this period starts),
 * `received_in_period` (its receipt now falls in or after this period), `not_received` (its status
 * or dates now say it was never received), `other_unit` (it is carried over by another unit now).
 * Carried over now, not open then: `not_open_then`, or `other_unit` (open then in another unit).
 */
export type CarriedOverReason = 'absent' | 'ended_before_period' | 'received_in_period' | 'not_received' | 'other_unit' | 'not_open_then';

/** One dossier on one side of the check: its code (never personal data) and why. */
export interface CarriedOverDifference {
  code: string;
  reason: CarriedOverReason;
}

/** The check of one unit: the counts of both sides and every dossier that differs, each way. */
export interface CarriedOverCheck {
  unit: string;
  /** Open at the end of the previous period, as stored then. */
  openThen: number;
  /** Carried over into this period now (`received.carriedOver`). */
  carriedOver: number;
  /** Open then, not carried over now (in the order stored). */
  missing: CarriedOverDifference[];
  /** Carried over now, not open then (in the order of the dossiers). */
  unexpected: CarriedOverDifference[];
}

/**
 * The codes of the dossiers open at the end of the period (counted in it, not resolved in it:
 * domain.md §7's "in progress"), by unit (`d.unit`, else "Chưa xác định đơn vị"), in the order of
 * the dossiers: what a history store keeps for the next period's {@link checkCarriedOver}.
 *
 * @param dossiers - valid dossiers (each code once), read once
 * @param options - the period and calendar of the figures (as {@link computeMetrics})
 * @returns the codes by unit; a unit with none open is absent
 * @example openCodesByUnit(dossiers, { period: { from: '2025-11-01', to: '2025-11-30' } }).get('Phường Lê Chân')
 */
export function openCodesByUnit(dossiers: Iterable<MetricsDossier>, options: ComputeMetricsOptions): Map<string, string[]> {
  const ctx = createMetricsContext({ ...options, period: parsePeriod(options.period) });
  const open = new Map<string, string[]>();
  for (const d of dossiers) {
    const cls = classifyDossier(d, ctx);
    if (cls?.inProgress === undefined) continue;
    const unit = d.unit ?? UNKNOWN_UNIT;
    const codes = open.get(unit);
    if (codes) codes.push(d.code);
    else open.set(unit, [d.code]);
  }
  return open;
}

/**
 * Compares each unit's carried-over dossiers in this period with the codes stored as open at the
 * end of its previous period, and names every dossier that differs, in both directions, with why
 * (see {@link CarriedOverReason}). Only the units with a stored previous period are checked.
 *
 * @param dossiers - valid dossiers (each code once), read once
 * @param options - this period and the calendar; `openThen`: by unit, the codes stored as open at the end of the previous period
 * @returns one check per unit of `openThen`, in its order; a unit agrees when both lists are empty
 * @example
 * checkCarriedOver(dossiers, { period: { from: '2025-12-01', to: '2025-12-31' }, openThen: new Map([['Phường Lê Chân', ['H1', 'H2']]]) })
 */
export function checkCarriedOver(
  dossiers: Iterable<MetricsDossier>,
  options: ComputeMetricsOptions & { openThen: ReadonlyMap<string, Iterable<string>> },
): CarriedOverCheck[] {
  const ctx = createMetricsContext({ ...options, period: parsePeriod(options.period) });
  const checks = new Map<string, CarriedOverCheck>();
  // Each code open then: its unit then, and what it is now (carried over by that unit, or why not).
  const then = new Map<string, { unit: string; now: CarriedOverReason | 'carried' | undefined }>();
  for (const [unit, codes] of options.openThen) {
    let openThen = 0;
    for (const code of codes) {
      openThen += 1;
      if (!then.has(code)) then.set(code, { unit, now: undefined });
    }
    checks.set(unit, { unit, openThen, carriedOver: 0, missing: [], unexpected: [] });
  }
  for (const d of dossiers) {
    const unit = d.unit ?? UNKNOWN_UNIT;
    const was = then.get(d.code);
    if (receivedClass(d, ctx) === 'carriedOver') {
      const check = checks.get(unit);
      if (check) check.carriedOver += 1;
      if (was?.unit === unit) {
        was.now = 'carried';
        continue;
      }
      if (was !== undefined) was.now = 'other_unit';
      check?.unexpected.push({ code: d.code, reason: was === undefined ? 'not_open_then' : 'other_unit' });
    } else if (was !== undefined) {
      was.now = whyNotCarried(d, ctx.start);
    }
  }
  for (const [code, { unit, now }] of then) {
    if (now !== 'carried') checks.get(unit)?.missing.push({ code, reason: now ?? 'absent' });
  }
  return [...checks.values()];
}

/** Why a dossier is not carried over into a period starting at `start` (`receivedClass` said it is not). */
function whyNotCarried(d: MetricsDossier, start: number): CarriedOverReason {
  if (statusKinds[d.status] === 'notReceived' || d.receivedAt === undefined) return 'not_received';
  return toWall(d.receivedAt) >= start ? 'received_in_period' : 'ended_before_period';
}
