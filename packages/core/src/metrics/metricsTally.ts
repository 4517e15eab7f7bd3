import { reportIssue } from '../issues/formatIssue';
import { parsePeriod } from '../periods/index';
import type { Counts, FieldFigures, Metrics, ProcedureFigures, UnitFigures } from '../schemas/metrics';
import { classifyDossier } from './classifyDossier';
import type { ComputeMetricsOptions } from './computeMetrics';
import { UNKNOWN_UNIT, createMetricsContext, fieldOf, type MetricsDossier } from './context';
import { addToCounts, classKey, dossierClasses, emptyCounts, sumCounts, type DossierClass } from './counts';
import { noteAssumedDue, withAssumedDues } from './catalogDueWarnings';
import { createOnlineServicesTally } from './onlineServices';
import { dayOfLatest, latestEventAt } from './periodWarnings';
import { onTimeRate, onlineDossierRate } from './rates';
import { receivedClass } from './received';

const collator = new Intl.Collator('vi');

/** The dossiers of one unit, procedure and field, counted together: how many of each class. */
interface Group {
  unit: string;
  field: string;
  procedure: ProcedureFigures;
  classes: Float64Array;
}

/** The figures of domain.md §7 gathered one dossier at a time; see `computeMetrics`. */
export interface MetricsTally {
  /** Counts one dossier in every figure it belongs to. */
  add(d: MetricsDossier): void;
  /** The number of dossiers added. */
  readonly size: number;
  /** The latest day (YYYY-MM-DD) the added dossiers' event dates mention (`lastDataDay`). */
  readonly lastDataDay: string | undefined;
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
  let latest = -Infinity;
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
    get lastDataDay() {
      return dayOfLatest(latest);
    },
    add(d) {
      size += 1;
      latest = latestEventAt(latest, d);
      const received = receivedClass(d, ctx);
      online.add(d, received);
      noteAssumedDue(assumedDue, d, ctx);
      const c = classifyDossier(d, ctx, received);
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
        group = { unit, field, procedure, classes: new Float64Array(dossierClasses.length) };
        list.push(group);
        groups.push(group);
      }
      const key = classKey(c);
      group.classes[key] = (group.classes[key] as number) + 1;
    },
    result(accounting) {
      const total = emptyCounts();
      const byField = new Map<string, Counts>();
      const byUnit = new Map<string, { counts: Counts; byField: Map<string, Counts> }>();
      for (const g of groups) {
        let unit = byUnit.get(g.unit);
        if (!unit) byUnit.set(g.unit, (unit = { counts: emptyCounts(), byField: new Map() }));
        const counts = emptyCounts();
        g.classes.forEach((n, key) => n > 0 && addToCounts(counts, dossierClasses[key] as DossierClass, n));
        sumCounts(total, counts);
        sumCounts(bucket(byField, g.field), counts);
        sumCounts(unit.counts, counts);
        sumCounts(bucket(unit.byField, g.field), counts);
        sumCounts(g.procedure, counts);
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
