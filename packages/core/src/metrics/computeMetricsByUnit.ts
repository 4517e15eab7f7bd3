import type { Dossier } from '../schemas/dossier';
import type { Metrics } from '../schemas/metrics';
import { computeMetrics, type ComputeMetricsOptions } from './computeMetrics';
import { UNKNOWN_UNIT } from './context';

/** The figures of one unit (`unit: null` when no dossier names its unit). */
export interface UnitMetrics {
  unit: string | null;
  metrics: Metrics;
}

/**
 * Computes the figures of domain.md §7 for each unit on its own: what each ward's report needs
 * when one export holds several wards. Units come in the order their first dossier does; the
 * dossiers without a unit form one group, `unit: null` when it is the only one, else
 * "Chưa xác định đơn vị" as in `computeMetrics`'s `byUnit`. The row accounting (`rows`,
 * `rejected`, `skipped`, `warnings`) belongs to the inputs, not to a unit: it goes with the
 * figures only when there is a single group.
 *
 * @param dossiers - valid dossiers (each code once)
 * @param options - as {@link computeMetrics}
 * @returns one entry per unit (at least one, also for no dossiers)
 * @example
 * computeMetricsByUnit(dossiers, { period }).map((u) => [u.unit, u.metrics.received.total])
 */
export function computeMetricsByUnit(dossiers: readonly Dossier[], options: ComputeMetricsOptions): UnitMetrics[] {
  const groups = new Map<string | null, Dossier[]>();
  for (const d of dossiers) {
    const key = d.unit ?? null;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(d);
  }
  if (groups.size === 0) groups.set(null, []);
  if (groups.size === 1) {
    const [[unit, group]] = [...groups] as [[string | null, Dossier[]]];
    return [{ unit, metrics: computeMetrics(group, options) }];
  }
  const { rows: _rows, rejected: _rejected, skipped: _skipped, warnings: _warnings, ...perUnit } = options;
  return [...groups].map(([unit, group]) => ({ unit: unit ?? UNKNOWN_UNIT, metrics: computeMetrics(group, perUnit) }));
}
