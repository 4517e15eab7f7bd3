import { z } from 'zod';

/** Where a row came from: file, sheet (spreadsheets), 1-based row number, column heading. */
export const RowLocation = z.object({
  file: z.string(),
  sheet: z.string().optional(),
  row: z.number().int().positive().optional(),
  column: z.string().optional(),
});
export interface RowLocation extends z.infer<typeof RowLocation> {}

// Row errors are plain data with a closed set of codes.
export const RowIssueCode = z.enum([
  'invalid_syntax', // the row cannot be parsed at all (bad JSON, broken quoting)
  'missing_field', // a required field is empty
  'invalid_value', // a value of the wrong type or outside its set (channel, service level, number)
  'invalid_date', // a date that cannot be read
  'unknown_status', // a status word no rule knows
  'missing_end', // an ended dossier without finishedAt/returnedAt
  'end_before_received', // ended before it was received: would break the identities of §7
  'due_before_received', // promised before it was received
  'received_before_submitted', // accepted before it was submitted
  'missing_channel', // warning: no channel, read as direct (domain.md §3)
  'channel_from_online_flag', // warning: no channel; a yes/no "online" column told it (OpenCPS "Trực tuyến")
  'assumed_within_deadline', // warning: no due date; counted within deadline / on time (the portal's rule)
  'assumed_due_from_catalog', // warning: no due date; due = receipt + the procedure's time limit in the catalog
  'assumed_end_date', // warning: ended without an end date; the latest date the record carries is its end
  'extended_due_date', // warning: an extended due date ("Ngày gia hạn") replaces the due date
  'conflict', // warning: two inputs disagree on one dossier; the most advanced state is kept
]);
export type RowIssueCode = z.infer<typeof RowIssueCode>;

export const RowIssueSchema = z.object({
  code: RowIssueCode,
  path: RowLocation,
  dossierCode: z.string().optional(),
  field: z.string().optional(),
  input: z.string().optional(),
  /** What was expected, in English; the Vietnamese is added by `formatIssue`. */
  expected: z.string().optional(),
});
export interface RowIssue extends z.infer<typeof RowIssueSchema> {}

/** A row issue with its text in both languages, as reports and the CLI print it. */
export const ReportedIssueSchema = RowIssueSchema.extend({
  message: z.object({ vi: z.string(), en: z.string() }),
});
export interface ReportedIssue extends z.infer<typeof ReportedIssueSchema> {}

export const SkipReason = z.enum(['blank', 'title', 'header', 'totals', 'comment']);
export type SkipReason = z.infer<typeof SkipReason>;

export const SkippedRowSchema = z.object({
  path: RowLocation,
  reason: SkipReason,
  /** Consecutive rows from `path.row` skipped alike (rows a workbook leaves out of its XML); 1 when absent. */
  rows: z.number().int().positive().optional(),
});
export interface SkippedRow extends z.infer<typeof SkippedRowSchema> {}
