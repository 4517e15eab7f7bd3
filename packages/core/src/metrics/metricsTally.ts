import { reportIssue } from '../issues/formatIssue';
import { parsePeriod } from '../periods/index';
import type { Counts, FieldFigures, Metrics, ProcedureFigures, UnitFigures } from '../schemas/metrics';
import { classifyDossier } from './classifyDossier';
import type { ComputeMetricsOptions } from './computeMetrics';
import { UNKNOWN_UNIT, createMetricsContext, fieldOf, type MetricsDossier } from './context';
import { addToCounts, emptyCounts, sumCounts } from './counts';
import { noteAssumedDue, withAssumedDues } from './catalogDueWarnings';
import { createOnlineServicesTally } from './onlineServices';
import { onTimeRate, onlineDossierRate } from './rates';

const collator = new Intl.Collator('vi');

/** The dossiers of one unit, procedure and field, counted together. */
interface Group {
  unit: string;
  field: string;
  procedure: ProcedureFigures;
  counts: Counts;
}

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
  // Each dossier is counted once, in the group of its unit, procedure and field; the figures by
  // field, unit and procedure and the total are the sums of the groups, made once at the end.
  const groups: Group[] = [];
  const groupsOf = new Map<string, Map<string, Group[]>>();
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
      const unit = d.unit ?? UNKNOWN_UNIT;
      const procedureCode = d.procedureCode ?? ctx.procedureOf(d)?.code ?? null;
      const procedureKey = procedureCode ?? `name:${ctx.nameKey(d.procedureName)}`;
      let ofUnit = groupsOf.get(unit);
      if (!ofUnit) groupsOf.set(unit, (ofUnit = new Map()));
      let list = ofUnit.get(procedureKey);
      if (!list) ofUnit.set(procedureKey, (list = []));
      let group: Group | undefined;
      for (const g of list) if (g.field === field) group = g;
      if (!group) {
        let procedure = byProcedure.get(procedureKey);
        if (!procedure) {
          procedure = { ...emptyCounts(), procedureCode, procedureName: ctx.procedureOf(d)?.name ?? d.procedureName, field };
          byProcedure.set(procedureKey, procedure);
        }
        group = { unit, field, procedure, counts: emptyCounts() };
        list.push(group);
        groups.push(group);
      }
      addToCounts(group.counts, c);
    },
    result(accounting) {
      const total = emptyCounts();
      const byField = new Map<string, Counts>();
      const byUnit = new Map<string, { counts: Counts; byField: Map<string, Counts> }>();
      for (const g of groups) {
        let unit = byUnit.get(g.unit);
        if (!unit) byUnit.set(g.unit, (unit = { counts: emptyCounts(), byField: new Map() }));
        sumCounts(total, g.counts);
        sumCounts(bucket(byField, g.field), g.counts);
        sumCounts(unit.counts, g.counts);
        sumCounts(bucket(unit.byField, g.field), g.counts);
        sumCounts(g.procedure, g.counts);
      }
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
