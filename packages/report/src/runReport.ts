import {
  type DueAlert,
  type Metrics,
  type PeriodWarning,
  type ProcedureCatalog,
  type ReportPeriod,
  type RowIssue,
  type ServiceIndex,
  type WorkCalendar,
  computeMetrics,
  findDueAlerts,
  periodWarnings,
  periodsWithin,
  warningsWithCatalogDues,
} from '@tthc/core';
import { type ImportAccounting, type ImportOptions, type ImportProgress, type LazyImportResult, importDossiersLazy, importMetrics, metricsAccountingOf } from '@tthc/import';
import type { HistoryStore } from '@tthc/history';
import type { Profile, RenderedFile, UnitReportsProgress, UnitReportsResult } from '@tthc/render';
import { type FileAccess, diskFiles } from './_lib/files';
import { readDocumentInputs } from './_lib/documents';
import { inputDigests } from './_lib/inputDigests';
import { type PeriodContext, type PeriodRun, type UnitRun, periodProducts } from './_lib/periodProducts';
import { readSmallInputs } from './_lib/smallInputs';
import { runAccounting } from './_lib/runAccounting';
import { parseReportRequest } from './parseReportRequest';
import { type DispatchOutcome, dispatchMails } from './dispatch/dispatchMails';
import type { ReportMail } from './dispatch/reportMail';
import { smtpTransport } from './dispatch/smtpTransport';
import type { ParsedReportRequest, ReportRequest } from './request/reportRequest';

export type { PeriodRun, UnitRun };

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
  /** The reports' mails (with documents; with `each`, in each period): one unit's, or each ward's and the city summary's. */
  mails?: ReportMail[];
  /** What became of each mail (a request with `dispatch`), every period's in order. */
  dispatch?: DispatchOutcome[];
  /** With `each`: every period of the span in order, each with its figures, units, index, history and documents (the run's own are the span's figures only). */
  periods?: PeriodRun[];
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
 * alerts, and the documents of one unit or of every ward of a units table — and, with
 * `dispatch`, mails them, each recipient once (the history's dispatch ledger).
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
    ...(r.convertLegacy ? {} : { limits: { convertLegacy: false } }),
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

  const figures = { calendar, ...(catalog ? { catalog } : {}), ...(r.granularity ? { granularity: r.granularity } : {}) };
  // The dossiers imported once into the store, the period's figures (with `each`: the span's) tallied as they are read.
  let accounting: ImportAccounting | undefined;
  let carried: ReturnType<typeof metricsAccountingOf> | undefined;
  const tallied = await importMetrics(inputs, { ...figures, period }, {
    ...importOptions,
    accounting: (result) => (carried = metricsAccountingOf((accounting = runAccounting(r.inputs, result)))),
  });
  const run: ReportRun = {
    period: tallied.metrics.period,
    imported: tallied.imported,
    accounting: accounting as ImportAccounting,
    metrics: tallied.metrics,
    periodWarnings: periodWarnings(tallied.metrics, tallied.lastDataDay),
    ...(tallied.lastDataDay === undefined ? {} : { lastDataDay: tallied.lastDataDay }),
    rowWarnings: rowWarningsOf(tallied.imported, accounting as ImportAccounting, catalog, calendar),
  };
  if (r.alerts) run.alerts = alertsOf(r, run.imported, calendar);

  // Loaded only when asked for: a run without a history never loads the databases' drivers.
  const store = r.history === undefined && !options.history ? undefined : (options.history ?? (await (await import('@tthc/history')).openHistory(r.history as string)));
  try {
    const context: PeriodContext = {
      r,
      imported: run.imported,
      accounting: run.accounting,
      figures: { ...figures, ...carried },
      ...(run.lastDataDay === undefined ? {} : { lastDataDay: run.lastDataDay }),
      ...(documentInputs ? { documentInputs } : {}),
      ...(store ? { history: { store, inputs: await inputDigests(r.inputs), recordedAt: (options.now?.() ?? new Date()).toISOString() } } : {}),
      ...(options.onUnitsProgress ? { onUnitsProgress: options.onUnitsProgress } : {}),
    };
    if (r.each) {
      // In order: a period's history check reads the period recorded just before it.
      run.periods = [];
      for (const p of periodsWithin(run.period as ReportPeriod, r.each.kind, r.each.cutoff)) {
        const metrics = computeMetrics({ [Symbol.iterator]: () => run.imported.wallDossiers() }, { ...context.figures, period: p });
        run.periods.push(await periodProducts(context, metrics.period, metrics));
      }
    } else {
      Object.assign(run, await periodProducts(context, run.metrics?.period as ReportPeriod, run.metrics as Metrics));
    }
    if (r.dispatch && store) {
      const transport = smtpTransport(r.dispatch.smtp);
      try {
        const mails = (run.periods ?? [run]).flatMap((p) => p.mails ?? []);
        run.dispatch = await dispatchMails(store, mails, transport, {
          from: r.dispatch.from,
          resend: r.dispatch.resend,
          leaseSeconds: r.dispatch.leaseSeconds,
          ...(options.now ? { now: options.now } : {}),
        });
      } finally {
        transport.close?.();
      }
    }
  } finally {
    if (store && !options.history) await store.close();
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
