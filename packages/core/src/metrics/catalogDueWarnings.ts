import type { RowIssue } from '../issues/rowIssue';
import { formatLocalDateTime } from '../time/index';
import type { ComputeMetricsOptions } from './computeMetrics';
import { createMetricsContext, type MetricsContext, type MetricsDossier } from './context';

// docs/domain-decisions.md ("What real systems leave out") — the warning of a dossier without a
// due date names the due time its procedure's time limit gave (`dueOf.ts`), when it gave one.

/** Keeps the due time of a dossier without a due date when its procedure's time limit gave one. */
export function noteAssumedDue(assumedDue: Map<string, number>, d: MetricsDossier, ctx: MetricsContext): void {
  if (d.dueAt !== undefined) return;
  const due = ctx.dueOf(d); // from the catalog: the dossier has no dueAt of its own
  if (due !== undefined) assumedDue.set(d.code, due);
}

/**
 * The import's warnings with each `assumed_within_deadline` of a dossier whose due time was taken
 * from the catalog (`assumedDue`: dossier code → due time) turned into `assumed_due_from_catalog`,
 * naming the due time used; the other warnings as they are.
 */
export function withAssumedDues(warnings: readonly RowIssue[], assumedDue: ReadonlyMap<string, number>): readonly RowIssue[] {
  if (assumedDue.size === 0) return warnings;
  return warnings.map((w) => {
    const at = w.code === 'assumed_within_deadline' && w.dossierCode !== undefined ? assumedDue.get(w.dossierCode) : undefined;
    return at === undefined ? w : { ...w, code: 'assumed_due_from_catalog', input: formatLocalDateTime(at) };
  });
}

/**
 * The warnings of an import as the figures will list them with this catalog and calendar
 * (`computeMetrics`'s `warnings`): each `assumed_within_deadline` of a dossier whose procedure has
 * a time limit becomes `assumed_due_from_catalog` with the due time (`tthc import --catalog`).
 *
 * @param dossiers - the imported dossiers (read once)
 * @param warnings - the import's warnings
 * @param options - the catalog and the calendar (the period is not needed)
 */
export function warningsWithCatalogDues(
  dossiers: Iterable<MetricsDossier>,
  warnings: readonly RowIssue[],
  options: Pick<ComputeMetricsOptions, 'catalog' | 'calendar'>,
): readonly RowIssue[] {
  if (!options.catalog?.some((p) => p.timeLimit !== undefined)) return warnings;
  // Any period: a due time from the catalog depends on the dossier, the catalog and the calendar only.
  const ctx = createMetricsContext({ ...options, period: { from: '2000-01-01', to: '2000-01-01' } });
  const assumedDue = new Map<string, number>();
  for (const d of dossiers) noteAssumedDue(assumedDue, d, ctx);
  return withAssumedDues(warnings, assumedDue);
}
