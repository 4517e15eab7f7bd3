import { z } from 'zod';
import { Cutoff, Granularity, PeriodKind, ServiceIndexAssumptionsSetting } from '@tthc/core';
import { ImportAccounting, MappingSpec } from '@tthc/import';
import { EmailAddress, REPORT_FORMATS } from '@tthc/render';
import { RUN_FORMATS } from '../_lib/reportPdf';
import { DEFAULT_LEASE_SECONDS } from '../dispatch/dispatchMails';
import { SmtpSettings } from '../dispatch/smtpTransport';

/** Bytes held in memory (a `Buffer` is one). */
const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'expected bytes (a Uint8Array)' });

// The one definition of what a report run is asked: every face (the tthc commands, the n8n nodes,
// a program) builds this and calls `runReport`. Files are named, never opened here.

/**
 * A file the run reads: a path (named by itself in messages); a named path (n8n's stored
 * binary: read from `path`, named `name` in every message); or named bytes.
 */
export const FileRef = z.union([
  z.string().trim().min(1),
  z.object({ name: z.string().trim().min(1), path: z.string().trim().min(1) }),
  z.object({ name: z.string().trim().min(1), data: Bytes }),
]);
export type FileRef = z.infer<typeof FileRef>;

/**
 * A dataset: canonical dossiers as JSON Lines (what TTHC Import writes), with the row accounting
 * of the import that made them. The run reads the lines with the import's own reader; the
 * accounting it reports is the dataset's, any line refused now moved from accepted to rejected.
 */
export const DatasetInput = z.object({
  dataset: z.union([
    z.object({ name: z.string().trim().min(1), path: z.string().trim().min(1) }),
    z.object({ name: z.string().trim().min(1), data: Bytes }),
  ]),
  accounting: ImportAccounting,
});
export interface DatasetInput extends z.infer<typeof DatasetInput> {}

/** An export to import (any format and system the import reads), or a dataset. */
export const ReportInput = z.union([FileRef, DatasetInput]);
export type ReportInput = z.infer<typeof ReportInput>;

/**
 * The period: explicit dates (both included), or a preset counted from a run date — `offset`
 * periods away from the one holding `runDate` (−1, the default, is the previous one).
 */
export const PeriodRequest = z.union([
  z.object({ from: z.string().trim(), to: z.string().trim() }),
  z.object({
    preset: PeriodKind,
    runDate: z.string().trim(),
    cutoff: Cutoff.default('calendar'),
    offset: z.number().int().default(-1),
  }),
]);
export type PeriodRequest = z.input<typeof PeriodRequest>;

/** A unit's report: its profile (YAML or JSON) and the period's notes. */
export const UnitReportRequest = z.object({
  profile: FileRef,
  notes: FileRef.optional(),
});
export type UnitReportRequest = z.input<typeof UnitReportRequest>;

/**
 * Every ward of a units table (`unit,profile`). A row's profile is the file of `profiles` with
 * the same file name when `profiles` is given, else the path written in the table, relative to
 * the table's own folder.
 */
export const UnitsReportRequest = z.object({
  units: FileRef,
  profiles: z.array(FileRef).optional(),
});
export type UnitsReportRequest = z.input<typeof UnitsReportRequest>;

/** The open dossiers overdue or due soon (`findDueAlerts` of @tthc/core). */
export const AlertsRequest = z.object({
  /** The run time, local `YYYY-MM-DDTHH:mm` (or a date). */
  asOf: z.string().trim().min(1),
  withinDays: z.number().int().nonnegative().default(2),
  includePaused: z.boolean().default(false),
});
export type AlertsRequest = z.input<typeof AlertsRequest>;

/** Who the reports' mails go to (`ReportRun.mails`), beside each profile's `emailRecipients`. */
export const RecipientsRequest = z.object({
  /** One unit's report: these addresses instead of its profile's. */
  unit: z.array(EmailAddress).optional(),
  /** The city summary of a units table (the city office). */
  summary: z.array(EmailAddress).default([]),
});

/**
 * Mail the reports (`dispatchMails`): each report's mail to the recipients the history's dispatch
 * ledger does not record as sent, each once across repeated runs, retries and crashes.
 */
export const DispatchRequest = z.object({
  smtp: SmtpSettings,
  /** The sender's address. */
  from: EmailAddress,
  /** Send to every recipient whatever the ledger says (sent, or being sent by another run). Default false. */
  resend: z.boolean().default(false),
  /** How long a run holds a recipient it is sending to before another run may take it over (seconds). Default 600. */
  leaseSeconds: z.number().int().positive().default(DEFAULT_LEASE_SECONDS),
});
export type DispatchRequest = z.input<typeof DispatchRequest>;

/** How the documents are written: formats, templates, the Word template, the document's date. */
export const DocumentOptions = z.object({
  /**
   * The report's formats: `docx`, `xlsx`, `md`, `html`, and `pdf` (the report and its annex as
   * PDF/A-2b, printed from the DOCX and XLSX by LibreOffice, which must be installed). Default the
   * first four.
   */
  formats: z.array(z.enum(RUN_FORMATS)).min(1).default([...REPORT_FORMATS]),
  /** A folder of `<name>.hbs` template overrides. */
  templatesDir: z.string().trim().min(1).optional(),
  /** Template overrides by name. */
  templates: z.record(z.string(), z.string()).optional(),
  /** A Word template with placeholders, used instead of the built-in layout. */
  wordTemplate: FileRef.optional(),
  /** The document's date (YYYY-MM-DD); default the notes' `documentDate`, else blanks. */
  documentDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected YYYY-MM-DD' })
    .optional(),
});

export const ReportRequest = z
  .object({
    /** The exports (any system, any format the import reads) and datasets, read together: a code read twice is one dossier. */
    inputs: z.array(ReportInput).min(1),
    /** Force the source of every export: `canonical`, `one-stop`, `portal`, `civil-status`, or a mapping file's path. Default: detected per file. */
    source: z.string().trim().min(1).optional(),
    /**
     * A mapping for any other system (column → field, value maps, date format): a `MappingSpec`
     * of @tthc/import, checked once, by the import (its errors name the mapping's fields).
     */
    mapping: z.custom<MappingSpec>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), { error: 'expected a mapping object' }).optional(),
    /** Keep the applicant's name (personal data) in the dossiers and alerts. Default false. */
    keepApplicant: z.boolean().default(false),
    /** A file that cannot be read at all: `throw` (default) ends the run; `collect` lists it and reads the others. */
    onInputError: z.enum(['throw', 'collect']).default('throw'),
    /**
     * Whether .xls and .ods exports are converted by LibreOffice (default true); false refuses them
     * before any process starts (`legacy_refused`): for files anyone may upload.
     */
    convertLegacy: z.boolean().default(true),
    /** The unit's procedure catalog (CSV or JSON, `readCatalog` of @tthc/import). */
    catalog: FileRef.optional(),
    /** Extra days off (CSV `date,kind,name`), added to the official schedule. */
    daysOff: z.array(FileRef).default([]),
    /** The report period; without it the run imports only (and gives alerts when asked). */
    period: PeriodRequest.optional(),
    /**
     * Every period of a kind within the period, each with its own figures, units, index, history
     * and documents (`tthc metrics|report --each month`): the export read once. The first and
     * last are cut to the period when it starts or ends inside them.
     */
    each: z.object({ kind: PeriodKind, cutoff: Cutoff.default('calendar') }).optional(),
    /** How an end time is compared with the due time. Default `date`. */
    granularity: Granularity.optional(),
    /** The figures of each unit of the data too (and of the index, when computed). Default false. */
    byUnit: z.boolean().default(false),
    /** Compute the QĐ 766 index even when no profile asks for it. Default false. */
    serviceIndex: z.boolean().default(false),
    /**
     * What the run's QĐ 766 index assumes where the portal publishes nothing: the online
     * group's split (`{ onlineSplit: { points: [3, 4, 5] } }`, `tthc index --online-split`).
     * A profile's own `serviceIndexAssumptions` wins for its unit. Default `split-2-4-6`.
     */
    serviceIndexAssumptions: ServiceIndexAssumptionsSetting.optional(),
    /** Overdue and due-soon alerts. */
    alerts: AlertsRequest.optional(),
    /** The documents: one unit's report, or every ward of a units table with the city summary. */
    report: z.union([UnitReportRequest, UnitsReportRequest]).optional(),
    /**
     * The units' history (`openHistory` of @tthc/history): a folder or `.sqlite` file (the embedded
     * store), or a `postgres://` URL. The run reads each unit's previous period and the same period
     * last year, checks the carried-over dossiers, and records its figures as a new version.
     */
    history: z.string().trim().min(1).optional(),
    /** Who the mails go to beside the profiles' addresses (`ReportRun.mails`). */
    recipients: RecipientsRequest.default({ summary: [] }),
    /** Mail the reports, once each (needs `report` and `history`: the ledger is kept in the history). */
    dispatch: DispatchRequest.optional(),
    ...DocumentOptions.shape,
  })
  .refine((r) => r.report === undefined || r.period !== undefined, { error: 'a report needs a period', path: ['period'] })
  .refine((r) => !r.serviceIndex || r.period !== undefined, { error: 'the index needs a period', path: ['period'] })
  .refine((r) => r.history === undefined || r.period !== undefined, { error: 'the history records a period: give one', path: ['period'] })
  .refine((r) => r.each === undefined || r.period !== undefined, { error: 'each period of what? give the period', path: ['period'] })
  .refine((r) => r.dispatch === undefined || r.report !== undefined, { error: 'the dispatch mails the reports: ask for a report', path: ['dispatch'] })
  .refine((r) => r.dispatch === undefined || r.history !== undefined, { error: 'the dispatch keeps its ledger in the history: give one', path: ['history'] });

/** What a face builds (defaults may be left out). */
export type ReportRequest = z.input<typeof ReportRequest>;
/** The request with its defaults filled in, as the run reads it. */
export interface ParsedReportRequest extends z.output<typeof ReportRequest> {}

/** What the documents of a run are made from: the profile(s) and how they are written. */
export type DocumentRequest = z.output<typeof DocumentOptions> & { report: z.output<typeof UnitReportRequest> | z.output<typeof UnitsReportRequest> };
