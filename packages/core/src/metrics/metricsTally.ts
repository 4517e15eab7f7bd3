import { reportIssue } from '../issues/formatIssue';
import { parsePeriod } from '../periods/index';
import type { Counts, FieldFigures, Metrics, ProcedureFigures, UnitFigures } from '../schemas/metrics';
import { classifyDossier } from './classifyDossier';
import type { ComputeMetricsOptions } from './computeMetrics';
import { UNKNOWN_UNIT, createMetricsContext, fieldOf, type MetricsDossier } from './context';
import { addToCounts, emptyCounts } from './counts';
import { noteAssumedDue, withAssumedDues } from './catalogDueWarnings';
import { createOnlineServicesTally } from './onlineServices';
import { onTimeRate, onlineDossierRate } from './rates';

const collator = new Intl.Collator('vi');


/** The figures of domain.md §7 gathered one dossier at a time; see `computeMetrics`. */
export interface MetricsTally {
  /** Counts one dossier in every figure it belongs to. */
  add(d: MetricsDossier): void;
  /** The number of dossiers added. */
  readonly size: number;
  /** The figures; the row accounting of `accounting`, or "every dossier added was one accepted row". */
  result(accounting: Pick<ComputeMetricsOptions, 'rows' | 'rejected' | 'skipped' | 'warnings'>): Metrics;
}

/**
 * Starts the figures of a period (the period is checked first: `to` before `from` throws an
 * `InputError`). The row accounting of `options` is not used here: it is given to `result`.
 */
export function createMetricsTally(options: ComputeMetricsOptions): MetricsTally {
  const period = parsePeriod(options.period);
  const ctx = createMetricsContext({ ...options, period });
  const total = emptyCounts();
  const byField = new Map<string, Counts>();
  const byUnit = new Map<string, { counts: Counts; byField: Map<string, Counts> }>();
  const byProcedure = new Map<string, ProcedureFigures>();
  const online = createOnlineServicesTally(ctx);
  // Dossiers without a due date whose catalog procedure gave one: their warnings say which.
  const assumedDue = new Map<string, number>();
  let size = 0;
  const bucket = <K>(map: Map<K, Counts>, key: K) => {
    let c = map.get(key);
    if (!c) map.set(key, (c = emptyCounts()));
    return c;
  };
  const fieldList = (map: Map<string, Counts>): FieldFigures[] =>
    [...map.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([field, counts]) => ({ field, ...counts }));

  return {
    get size() {
      return size;
    },
    add(d) {
      size += 1;
      online.add(d);
      noteAssumedDue(assumedDue, d, ctx);
      const c = classifyDossier(d, ctx);
      if (!c) return;
      const field = fieldOf(d, ctx);
      const unitName = d.unit ?? UNKNOWN_UNIT;
      let unit = byUnit.get(unitName);
      if (!unit) byUnit.set(unitName, (unit = { counts: emptyCounts(), byField: new Map() }));
      const procedureCode = d.procedureCode ?? ctx.procedureOf(d)?.code ?? null;
      const procedureKey = procedureCode ?? `name:${ctx.nameKey(d.procedureName)}`;
      let procedure = byProcedure.get(procedureKey);
      if (!procedure) {
        procedure = { ...emptyCounts(), procedureCode, procedureName: ctx.procedureOf(d)?.name ?? d.procedureName, field };
        byProcedure.set(procedureKey, procedure);
      }
      addToCounts(total, c);
      addToCounts(bucket(byField, field), c);
      addToCounts(unit.counts, c);
      addToCounts(bucket(unit.byField, field), c);
      addToCounts(procedure, c);
    },
    result(accounting) {
      const units: UnitFigures[] = [...byUnit.entries()]
        .sort(([a], [b]) => collator.compare(a, b))
        .map(([unit, u]) => ({ unit, ...u.counts, byField: fieldList(u.byField) }));
      const procedures = [...byProcedure.values()].sort(
        (a, b) => collator.compare(a.field, b.field) || collator.compare(a.procedureName, b.procedureName),
      );
      return {
        period,
        granularity: ctx.granularity,
        ...total,
        onlineServices: { full: online.figures('full'), partial: online.figures('partial') },
        onlineDossierRate: onlineDossierRate(total),
        fullOnlineDossierRate: online.fullOnlineRate(),
        onTimeRate: onTimeRate(total),
        byField: fieldList(byField),
        byUnit: units,
        byProcedure: procedures,
        rows: accounting.rows ?? { read: size, accepted: size, rejected: 0, skipped: 0 },
        rejectedRows: (accounting.rejected ?? []).map(reportIssue),
        skippedRows: [...(accounting.skipped ?? [])],
        warnings: withAssumedDues(accounting.warnings ?? [], assumedDue).map(reportIssue),
      };
    },
  };
}
