import type { MetricsDossier } from './context';
import type { WorkCalendar } from '../calendar/index';
import type { ProcedureCatalog } from '../schemas/catalog';
import type { Granularity } from '../schemas/enums';
import type { Metrics, RowAccounting } from '../schemas/metrics';
import type { ReportPeriod } from '../schemas/period';
import type { RowIssue, SkippedRow } from '../issues/rowIssue';
import { createMetricsTally } from './metricsTally';

export interface ComputeMetricsOptions {
  /** The report period, both dates inclusive; `to` before `from` throws an `InputError`. */
  period: ReportPeriod;
  /** The unit's procedure catalog; without it the online-service rates are `null`. */
  catalog?: ProcedureCatalog;
  /** How end times are compared with due times. Default `date`. */
  granularity?: Granularity;
  /** Working days and hours. Default: `createWorkCalendar()` (official days off included). */
  calendar?: WorkCalendar;
  /** Row accounting of the inputs. Default: every dossier was one accepted row. */
  rows?: RowAccounting;
  rejected?: readonly RowIssue[];
  skipped?: readonly SkippedRow[];
  warnings?: readonly RowIssue[];
}

/**
 * Computes every figure of domain.md §7 for a period: for the whole input, per field, per unit
 * and per procedure, in one pass over the dossiers (an array, or any iterable: the import's store
 * hands them out one at a time, so a million dossiers need not be held as objects). The
 * identities of §7 hold by construction; dossiers that would break them never get here
 * (`validateDossier` refuses them).
 *
 * @param dossiers - valid dossiers (each code once), read once
 * @param options - see {@link ComputeMetricsOptions}
 * @returns the metrics, ready to print as JSON
 * @example
 * computeMetrics(dossiers, { period: { from: '2025-12-25', to: '2026-01-07' }, catalog }).received.total
 */
export function computeMetrics(dossiers: Iterable<MetricsDossier>, options: ComputeMetricsOptions): Metrics {
  const tally = createMetricsTally(options);
  for (const d of dossiers) tally.add(d);
  return tally.result(options);
}
