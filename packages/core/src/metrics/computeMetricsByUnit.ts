import type { Metrics } from '../schemas/metrics';
import type { ComputeMetricsOptions } from './computeMetrics';
import { createMetricsTally, type MetricsTally } from './metricsTally';
import { UNKNOWN_UNIT, type MetricsDossier } from './context';

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
export function computeMetricsByUnit(dossiers: Iterable<MetricsDossier>, options: ComputeMetricsOptions): UnitMetrics[] {
  // One pass: a tally per unit, so that the dossiers are read once and never grouped in memory.
  const first = createMetricsTally(options);
  const tallies = new Map<string | null, MetricsTally>();
  for (const d of dossiers) {
    const key = d.unit ?? null;
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = tallies.size === 0 ? first : createMetricsTally(options)));
    tally.add(d);
  }
  if (tallies.size <= 1) {
    const [unit, tally] = [...tallies][0] ?? [null, first];
    return [{ unit, metrics: tally.result(options) }];
  }
  return [...tallies].map(([unit, tally]) => ({ unit: unit ?? UNKNOWN_UNIT, metrics: tally.result({}) }));
}
