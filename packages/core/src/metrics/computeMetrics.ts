import type { WorkCalendar } from '../calendar/index';
import type { ProcedureCatalog } from '../schemas/catalog';
import type { Dossier } from '../schemas/dossier';
import type { Granularity } from '../schemas/enums';
import type {
  Counts,
  FieldFigures,
  Metrics,
  ProcedureFigures,
  RowAccounting,
  UnitFigures,
} from '../schemas/metrics';
import type { ReportPeriod } from '../schemas/period';
import { reportIssue } from '../issues/formatIssue';
import type { RowIssue, SkippedRow } from '../issues/rowIssue';
import { parsePeriod } from '../periods/index';
import { classifyDossier } from './classifyDossier';
import { UNKNOWN_UNIT, createMetricsContext, fieldOf } from './context';
import { addToCounts, emptyCounts } from './counts';
import { normalizeName } from './normalizeName';
import { fullOnlineDossierRate, onlineServiceFigures } from './onlineServices';
import { onTimeRate, onlineDossierRate } from './rates';

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

const collator = new Intl.Collator('vi');

/**
 * Computes every figure of domain.md §7 for a period: for the whole input, per field, per unit
 * and per procedure. The identities of §7 hold by construction; dossiers that would break them
 * never get here (`validateDossier` refuses them).
 *
 * @param dossiers - valid dossiers (each code once)
 * @param options - see {@link ComputeMetricsOptions}
 * @returns the metrics, ready to print as JSON
 * @example
 * computeMetrics(dossiers, { period: { from: '2025-12-25', to: '2026-01-07' }, catalog }).received.total
 */
export function computeMetrics(dossiers: readonly Dossier[], options: ComputeMetricsOptions): Metrics {
  const period = parsePeriod(options.period);
  const ctx = createMetricsContext({ ...options, period });
  const total = emptyCounts();
  const byField = new Map<string, Counts>();
  const byUnit = new Map<string, { counts: Counts; byField: Map<string, Counts> }>();
  const byProcedure = new Map<string, ProcedureFigures>();
  const bucket = <K>(map: Map<K, Counts>, key: K) => {
    let c = map.get(key);
    if (!c) map.set(key, (c = emptyCounts()));
    return c;
  };

  for (const d of dossiers) {
    const c = classifyDossier(d, ctx);
    if (!c) continue;
    const field = fieldOf(d, ctx);
    const unitName = d.unit ?? UNKNOWN_UNIT;
    let unit = byUnit.get(unitName);
    if (!unit) byUnit.set(unitName, (unit = { counts: emptyCounts(), byField: new Map() }));
    const procedureCode = d.procedureCode ?? ctx.procedureOf(d)?.code ?? null;
    const procedureKey = procedureCode ?? `name:${normalizeName(d.procedureName)}`;
    let procedure = byProcedure.get(procedureKey);
    if (!procedure) {
      procedure = { ...emptyCounts(), procedureCode, procedureName: ctx.procedureOf(d)?.name ?? d.procedureName, field };
      byProcedure.set(procedureKey, procedure);
    }
    for (const counts of [total, bucket(byField, field), unit.counts, bucket(unit.byField, field), procedure]) {
      addToCounts(counts, c);
    }
  }

  const fieldList = (map: Map<string, Counts>): FieldFigures[] =>
    [...map.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([field, counts]) => ({ field, ...counts }));
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
    onlineServices: {
      full: onlineServiceFigures(dossiers, 'full', ctx),
      partial: onlineServiceFigures(dossiers, 'partial', ctx),
    },
    onlineDossierRate: onlineDossierRate(total),
    fullOnlineDossierRate: fullOnlineDossierRate(dossiers, ctx),
    onTimeRate: onTimeRate(total),
    byField: fieldList(byField),
    byUnit: units,
    byProcedure: procedures,
    rows: options.rows ?? { read: dossiers.length, accepted: dossiers.length, rejected: 0, skipped: 0 },
    rejectedRows: (options.rejected ?? []).map(reportIssue),
    skippedRows: [...(options.skipped ?? [])],
    warnings: (options.warnings ?? []).map(reportIssue),
  };
}
