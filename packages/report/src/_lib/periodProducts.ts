import {
  type ComputeMetricsOptions,
  type Metrics,
  type MetricsDossier,
  type PeriodWarning,
  type ReportPeriod,
  type ServiceIndex,
  type UnitMetrics,
  computeMetricsByUnit,
  periodWarnings,
  UNKNOWN_UNIT,
} from '@tthc/core';
import type { ImportAccounting, LazyImportResult } from '@tthc/import';
import type { HistoryInput, HistoryStore } from '@tthc/history';
import { type Profile, type RenderedFile, type UnitReportsProgress, type UnitReportsResult, namedAsTable, renderUnitReports } from '@tthc/render';
import type { ParsedReportRequest } from '../request/reportRequest';
import { type DocumentInputs, renderUnitDocuments } from './documents';
import { type UnitHistory, historyReportOptions, historySummary, runHistory } from './runHistory';
import { type RunIndexes, runIndexes } from './runIndexes';
import type { ReportMail } from '../dispatch/reportMail';
import { documentMail, unitsMails } from '../dispatch/runMails';
import { renderFormatsFor, unitReportsWithPdfs } from './reportPdf';

/** The figures of one unit of the data, with what a user must be told of them and its index. */
export interface UnitRun {
  /** The unit's name (as the units table writes it, for a units request); `null` when no dossier names one. */
  unit: string | null;
  metrics: Metrics;
  periodWarnings: PeriodWarning[];
  /** The unit's QĐ 766 index, when the run computes the index (scored with its profile's online split, a units table's ward). */
  serviceIndex?: ServiceIndex;
  /** What the history holds of the unit and what the run recorded (a request with `history`). */
  history?: UnitHistory;
}

/** Everything a run makes of one period. */
export interface PeriodRun {
  period: ReportPeriod;
  /** The figures of every dossier together. */
  metrics: Metrics;
  /** What a user must be told of the period's figures before trusting them. */
  periodWarnings: PeriodWarning[];
  /** The figures of each unit (`byUnit`, a units table request, or a history: named as the table writes them). */
  units?: UnitRun[];
  /** The QĐ 766 index of every dossier together, when asked or when a profile asks for it. */
  serviceIndex?: ServiceIndex;
  /** One unit's report: its files in the order of the formats, and the profile they were made with. */
  documents?: { files: RenderedFile[]; profile: Profile };
  /** Every ward's report and the city summary (a units table request). */
  unitReports?: UnitReportsResult;
  /** The history store the run read and recorded (a request with `history`): how it is named in messages. */
  history?: { store: string };
  /** The reports' mails (with documents): one unit's, or each ward's and the city summary's. */
  mails?: ReportMail[];
}

/** What every period of a run shares: the request, the store of dossiers, the history. */
export interface PeriodContext {
  r: ParsedReportRequest;
  imported: LazyImportResult;
  accounting: ImportAccounting;
  /** The figures' options but the period (calendar, catalog, granularity) and the row accounting. */
  figures: Omit<ComputeMetricsOptions, 'period'>;
  lastDataDay?: string;
  documentInputs?: DocumentInputs;
  /** The open history store, and what its entries say the run read. */
  history?: { store: HistoryStore; inputs: HistoryInput[]; recordedAt: string };
  onUnitsProgress?: (progress: UnitReportsProgress) => void;
}

/**
 * Makes what a run gives of one period from its figures (already tallied): each in one more pass
 * over the store — the figures per unit, the QĐ 766 index (one pass per distinct online split the
 * profiles set, usually one), the history (read, checked, recorded), the documents of one unit or
 * of every ward of a units table.
 */
export async function periodProducts(c: PeriodContext, period: ReportPeriod, metrics: Metrics): Promise<PeriodRun> {
  const { r, imported, documentInputs } = c;
  const run: PeriodRun = { period, metrics, periodWarnings: periodWarnings(metrics, c.lastDataDay) };
  const figures = { ...c.figures, period };
  // The units a report set is made for are named as the units table writes them.
  const tableUnits = documentInputs?.units?.map((u) => u.unit);
  const dossiers: Iterable<MetricsDossier> = {
    [Symbol.iterator]: () => (tableUnits ? namedAsTable(imported.wallDossiers(), tableUnits) : imported.wallDossiers()),
  };
  const byUnit: UnitMetrics[] | undefined = r.byUnit || tableUnits || c.history ? computeMetricsByUnit(dossiers, figures) : undefined;
  let indexes: RunIndexes | undefined;
  if (r.serviceIndex || documentInputs?.serviceIndex === true) {
    // The online split: one unit's profile's, else the request's; a units table's wards each their own.
    const wardSplits = new Map(documentInputs?.units?.map((u) => [u.unit, u.profile.serviceIndexAssumptions?.onlineSplit]));
    const runSplit = documentInputs?.onlineSplit ?? r.serviceIndexAssumptions?.onlineSplit;
    const { calendar, catalog } = c.figures;
    indexes = runIndexes(dossiers, { period, ...(calendar ? { calendar } : {}), ...(catalog ? { catalog } : {}) }, runSplit, wardSplits);
    run.serviceIndex = indexes.whole;
  }
  if (byUnit) {
    run.units = byUnit.map(({ unit, metrics: m }) => {
      const index = indexes?.ofUnit(unit ?? UNKNOWN_UNIT);
      return { unit, metrics: m, periodWarnings: periodWarnings(m, c.lastDataDay), ...(index ? { serviceIndex: index } : {}) };
    });
  }
  if (c.history && run.units) {
    const histories = await runHistory(c.history.store, {
      period,
      units: run.units,
      dossiers,
      figures: c.figures,
      accounting: c.accounting,
      inputs: c.history.inputs,
      recordedAt: c.history.recordedAt,
    });
    for (const u of run.units) u.history = histories.get(u.unit ?? UNKNOWN_UNIT);
    run.history = { store: c.history.store.where };
  }
  if (documentInputs?.profile) {
    // One profile: the document's figures are every dossier's, which are a unit's only when the data holds one unit.
    const history = run.units?.length === 1 ? historyOf(run.units[0] as UnitRun) : undefined;
    run.documents = { profile: documentInputs.profile, files: await renderUnitDocuments(r, documentInputs, metrics, run.serviceIndex, history) };
    run.mails = [documentMail(run.documents, { metrics, serviceIndex: run.serviceIndex }, r.recipients)];
  } else if (documentInputs?.units && byUnit) {
    const serviceIndexByUnit = new Map((run.units ?? []).flatMap((u) => (u.unit !== null && u.serviceIndex ? [[u.unit, u.serviceIndex] as const] : [])));
    const historyByUnit = new Map(
      (run.units ?? []).flatMap((u) => {
        const history = historyOf(u);
        return u.unit !== null && history ? [[u.unit, history] as const] : [];
      }),
    );
    const rendered = await renderUnitReports({
      metricsByUnit: byUnit,
      serviceIndexByUnit,
      historyByUnit,
      units: documentInputs.units,
      formats: renderFormatsFor(r.formats),
      ...documentInputs.shared,
      ...(c.onUnitsProgress ? { onProgress: c.onUnitsProgress } : {}),
    });
    run.unitReports = await unitReportsWithPdfs(rendered, r.formats, documentInputs.shared.documentDate);
    run.mails = unitsMails(run.unitReports, serviceIndexByUnit, r.recipients);
  }
  return run;
}

/** What a unit's history gives its report, when the run has one. */
const historyOf = (u: UnitRun) => (u.history ? historyReportOptions(historySummary(u.history)) : undefined);
