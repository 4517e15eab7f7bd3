import {
  type DueAlert,
  type Metrics,
  type MetricsDossier,
  type PeriodWarning,
  type ProcedureCatalog,
  type ReportPeriod,
  type ServiceIndex,
  type UnitMetrics,
  type WorkCalendar,
  computeMetricsByUnit,
  findDueAlerts,
  periodWarnings,
  warningsWithCatalogDues,
  type RowIssue,
  UNKNOWN_UNIT,
} from '@tthc/core';
import { type ImportAccounting, type ImportOptions, type ImportProgress, type LazyImportResult, importDossiersLazy, importMetrics, metricsAccountingOf } from '@tthc/import';
import { type HistoryStore, openHistory } from '@tthc/history';
import { type Profile, type RenderedFile, type UnitReportsProgress, type UnitReportsResult, namedAsTable, renderUnitReports } from '@tthc/render';
import { type FileAccess, diskFiles } from './_lib/files';
import { readDocumentInputs, renderUnitDocuments } from './_lib/documents';
import { readSmallInputs } from './_lib/smallInputs';
import { runAccounting } from './_lib/runAccounting';
import { type RunIndexes, runIndexes } from './_lib/runIndexes';
import { inputDigests } from './_lib/inputDigests';
import { type UnitHistory, runHistory } from './_lib/runHistory';
import { parseReportRequest } from './parseReportRequest';
import type { ParsedReportRequest, ReportRequest } from './request/reportRequest';

/** How a run is carried out (not what it computes: that is the request). */
export interface RunReportOptions {
  /** How the small files named by path are read. Default: the local disk. */
  files?: FileAccess;
  /** Called as the import reads rows (see `ImportOptions.onProgress` of @tthc/import). */
  onImportProgress?: (progress: ImportProgress) => void;
  /** Called as the wards' reports are rendered (units table requests). */
  onUnitsProgress?: (progress: UnitReportsProgress) => void;
  /** Scan a workbook on a second thread (`ImportOptions.worker`). Default `'auto'`. */
  worker?: ImportOptions['worker'];
  /** An open history store, used instead of opening the request's `history` (left open). */
  history?: HistoryStore;
  /** The time a history entry is recorded at. Default: now. */
  now?: () => Date;
}

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

/** Everything a face shows of a report run. */
export interface ReportRun {
  /** The period, when the request gives one. */
  period?: ReportPeriod;
  /** The dossiers the run read, to read again or write (`jsonLines`). */
  imported: LazyImportResult;
  /** Where every row went: rows read = accepted + rejected + skipped, the files refused, every issue worded. */
  accounting: ImportAccounting;
  /** The figures of every dossier together (with a period). */
  metrics?: Metrics;
  /** What a user must be told of the period's figures before trusting them (with a period). */
  periodWarnings: PeriodWarning[];
  /** The last day any dossier's event dates mention (with a period). */
  lastDataDay?: string;
  /** The figures of each unit (`byUnit`, or a units table request: named as the table writes them). */
  units?: UnitRun[];
  /** The QĐ 766 index of every dossier together, when asked or when a profile asks for it. */
  serviceIndex?: ServiceIndex;
  /** Open dossiers overdue or due soon, when asked. */
  alerts?: DueAlert[];
  /** One unit's report: its files in the order of the formats, and the profile they were made with. */
  documents?: { files: RenderedFile[]; profile: Profile };
  /** Every ward's report and the city summary (a units table request). */
  unitReports?: UnitReportsResult;
  /** The history store the run read and recorded (a request with `history`): how it is named in messages. */
  history?: { store: string };
  /**
   * The row warnings, those of dossiers whose due date comes from the catalog's time limit
   * naming it (one pass over the dossiers; the figures' warnings already do).
   */
  rowWarnings(): RowIssue[];
}

/**
 * One report run, what every face of the toolkit calls: reads the small files first (a broken
 * profile or period does not wait for a large import), imports every input into the compact
 * store while tallying the period's figures, then — each in one more pass over the store, never
 * an array of every dossier — the figures per unit, the QĐ 766 index (when the request or a
 * profile asks; one pass per distinct online split the profiles set, usually one), the due
 * alerts, and the documents of one unit or of every ward of a units table.
 *
 * @param request - see {@link ReportRequest}; checked here (`InputError` naming what is wrong)
 * @param options - see {@link RunReportOptions}
 * @returns everything a face shows; see {@link ReportRun}
 * @throws InputError for a bad request or file, UsageError for a bad period; as `renderReport`
 * @example
 * const run = await runReport({ inputs: ['dossiers.xlsx'], catalog: 'catalog.csv', period: { from: '2025-12-25', to: '2026-01-07' }, report: { profile: 'profile.yaml' }, formats: ['docx'] });
 * run.documents?.files[0]?.name // 'phuong-hai-an-2025-12-25-2026-01-07.docx'
 */
export async function runReport(request: ReportRequest, options: RunReportOptions = {}): Promise<ReportRun> {
  const r = parseReportRequest(request);
  const files = options.files ?? diskFiles;
  const small = await readSmallInputs(r, files);
  const documentInputs = r.report ? await readDocumentInputs({ ...r, report: r.report }, files) : undefined;

  const importOptions: ImportOptions = {
    keepApplicant: r.keepApplicant,
    onInputError: r.onInputError,
    ...(r.source ? { source: r.source } : {}),
    ...(r.mapping ? { mapping: r.mapping } : {}),
    ...(options.worker === undefined ? {} : { worker: options.worker }),
    ...(options.onImportProgress ? { onProgress: options.onImportProgress } : {}),
  };
  const inputs = r.inputs.map((input) => (typeof input === 'object' && 'dataset' in input ? input.dataset : input));
  const { period, calendar, catalog } = small;
  if (period === undefined) {
    const imported = await importDossiersLazy(inputs, importOptions);
    const accounting = runAccounting(r.inputs, imported);
    const alerts = r.alerts ? alertsOf(r, imported, calendar) : undefined;
    return { imported, accounting, periodWarnings: [], ...(alerts ? { alerts } : {}), rowWarnings: rowWarningsOf(imported, accounting, catalog, calendar) };
  }

  const figures = { period, calendar, ...(catalog ? { catalog } : {}), ...(r.granularity ? { granularity: r.granularity } : {}) };
  let accounting: ImportAccounting | undefined;
  let carried: ReturnType<typeof metricsAccountingOf> | undefined;
  const { metrics, imported, lastDataDay } = await importMetrics(inputs, figures, {
    ...importOptions,
    accounting: (result) => (carried = metricsAccountingOf((accounting = runAccounting(r.inputs, result)))),
  });
  const run: ReportRun = {
    period: metrics.period,
    imported,
    accounting: accounting as ImportAccounting,
    metrics,
    periodWarnings: periodWarnings(metrics, lastDataDay),
    ...(lastDataDay === undefined ? {} : { lastDataDay }),
    rowWarnings: rowWarningsOf(imported, accounting as ImportAccounting, catalog, calendar),
  };

  // The units a report set is made for are named as the units table writes them.
  const tableUnits = documentInputs?.units?.map((u) => u.unit);
  const dossiers: Iterable<MetricsDossier> = {
    [Symbol.iterator]: () => (tableUnits ? namedAsTable(imported.wallDossiers(), tableUnits) : imported.wallDossiers()),
  };
  const historyWanted = r.history !== undefined || options.history !== undefined;
  const byUnit: UnitMetrics[] | undefined =
    r.byUnit || tableUnits || historyWanted ? computeMetricsByUnit(dossiers, { ...figures, ...carried }) : undefined;
  const indexWanted = r.serviceIndex || documentInputs?.serviceIndex === true;
  let indexes: RunIndexes | undefined;
  if (indexWanted) {
    // The online split: one unit's profile's, else the request's; a units table's wards each their own.
    const wardSplits = new Map(documentInputs?.units?.map((u) => [u.unit, u.profile.serviceIndexAssumptions?.onlineSplit]));
    const runSplit = documentInputs?.onlineSplit ?? r.serviceIndexAssumptions?.onlineSplit;
    indexes = runIndexes(dossiers, { period: metrics.period, calendar, ...(catalog ? { catalog } : {}) }, runSplit, wardSplits);
    run.serviceIndex = indexes.whole;
  }
  if (byUnit) {
    run.units = byUnit.map(({ unit, metrics: m }) => {
      const index = indexes?.ofUnit(unit ?? UNKNOWN_UNIT);
      return { unit, metrics: m, periodWarnings: periodWarnings(m, lastDataDay), ...(index ? { serviceIndex: index } : {}) };
    });
  }
  if (r.alerts) run.alerts = alertsOf(r, imported, calendar);
  if (historyWanted && run.units) {
    const store = options.history ?? (await openHistory(r.history as string));
    try {
      const histories = await runHistory(store, {
        period: metrics.period,
        units: run.units,
        dossiers,
        figures,
        accounting: run.accounting,
        inputs: await inputDigests(r.inputs),
        recordedAt: (options.now?.() ?? new Date()).toISOString(),
      });
      for (const u of run.units) u.history = histories.get(u.unit ?? UNKNOWN_UNIT);
      run.history = { store: store.where };
    } finally {
      if (!options.history) await store.close();
    }
  }

  if (documentInputs?.profile) {
    run.documents = { profile: documentInputs.profile, files: await renderUnitDocuments(r, documentInputs, metrics, run.serviceIndex) };
  } else if (documentInputs?.units && byUnit) {
    const serviceIndexByUnit = new Map((run.units ?? []).flatMap((u) => (u.unit !== null && u.serviceIndex ? [[u.unit, u.serviceIndex] as const] : [])));
    run.unitReports = await renderUnitReports({
      metricsByUnit: byUnit,
      serviceIndexByUnit,
      units: documentInputs.units,
      formats: r.formats,
      ...documentInputs.shared,
      ...(options.onUnitsProgress ? { onProgress: options.onUnitsProgress } : {}),
    });
  }
  return run;
}

/** The due alerts of the run's dossiers (one pass over the store). */
function alertsOf(r: ParsedReportRequest, imported: LazyImportResult, calendar: WorkCalendar): DueAlert[] {
  const alerts = r.alerts as NonNullable<ParsedReportRequest['alerts']>;
  return findDueAlerts(
    { [Symbol.iterator]: () => imported.wallDossiers() },
    { asOf: alerts.asOf, withinDays: alerts.withinDays, includePaused: alerts.includePaused, keepApplicant: r.keepApplicant, calendar },
  );
}

/** The row warnings, with the catalog's due dates named when a catalog is given (computed when asked). */
function rowWarningsOf(imported: LazyImportResult, accounting: ImportAccounting, catalog: ProcedureCatalog | undefined, calendar: WorkCalendar): () => RowIssue[] {
  return () =>
    catalog ? [...warningsWithCatalogDues(imported.wallDossiers(), accounting.warnings, { catalog, calendar })] : [...accounting.warnings];
}
