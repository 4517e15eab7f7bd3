import type { Counts } from '../schemas/metrics';

// domain.md §7 — rates are percentages with two decimals; null when they cannot be computed.
/**
 * `part / whole × 100` rounded to 2 decimals (half away from zero), or `null` when `whole` is 0
 * or unknown.
 *
 * @example percent(7, 216) // 3.24
 */
export function percent(part: number, whole: number | null | undefined): number | null {
  if (whole === null || whole === undefined || whole === 0) return null;
  const value = (part / whole) * 100;
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

// domain.md §7 — onlineDossierRate = new.online / new.total × 100.
/** Share of the dossiers received in the period that came online. */
export function onlineDossierRate(counts: Counts): number | null {
  return percent(counts.received.new.online, counts.received.new.total);
}

// domain.md §7 — onTimeRate = (early + onTime) / (resolved.total − withdrawnOrRejected) × 100.
/** Share of the dossiers resolved with a result that were early or on time. */
export function onTimeRate(counts: Counts): number | null {
  const r = counts.resolved;
  return percent(r.early + r.onTime, r.total - r.withdrawnOrRejected);
}
