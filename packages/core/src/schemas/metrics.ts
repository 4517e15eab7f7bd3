import { z } from 'zod';
import { ReportPeriod } from './period';
import { Granularity } from './enums';
import { ReportedIssueSchema, SkippedRowSchema } from '../issues/rowIssue';

const count = z.number().int().nonnegative();
/** A percentage rounded to 2 decimals, or null when it cannot be computed. */
const rate = z.number().nullable();

// domain.md §7 — received: carried over + new by channel.
export const ReceivedCounts = z.object({
  total: count,
  carriedOver: count,
  new: z.object({ total: count, online: count, direct: count, postal: count }),
});
// domain.md §7 — resolved: ended inside the period.
export const ResolvedCounts = z.object({
  total: count,
  early: count,
  onTime: count,
  late: count,
  withdrawnOrRejected: count,
});
// domain.md §7 — in progress at the end of the period.
export const InProgressCounts = z.object({
  total: count,
  withinDeadline: count,
  overdue: count,
  overdueReceivedInPeriod: count,
});

/** The counts kept for the whole unit and for each field, unit and procedure. */
export const Counts = z.object({
  received: ReceivedCounts,
  resolved: ResolvedCounts,
  inProgress: InProgressCounts,
  lateReceived: count,
});
export interface Counts extends z.infer<typeof Counts> {}

export const OnlineServiceLevelFigures = z.object({
  procedures: count,
  procedureCodes: z.array(z.string()),
  catalogProcedures: count.nullable(),
  rate,
});
export interface OnlineServiceLevelFigures extends z.infer<typeof OnlineServiceLevelFigures> {}

export const RowAccounting = z.object({
  read: count,
  accepted: count,
  rejected: count,
  skipped: count,
});
export interface RowAccounting extends z.infer<typeof RowAccounting> {}

export const FieldFigures = Counts.extend({ field: z.string() });
export interface FieldFigures extends z.infer<typeof FieldFigures> {}

export const ProcedureFigures = Counts.extend({
  procedureCode: z.string().nullable(),
  procedureName: z.string(),
  field: z.string(),
});
export interface ProcedureFigures extends z.infer<typeof ProcedureFigures> {}

export const UnitFigures = Counts.extend({ unit: z.string(), byField: z.array(FieldFigures) });
export interface UnitFigures extends z.infer<typeof UnitFigures> {}

// The JSON of `tthc metrics --json` — one object per run.
export const Metrics = Counts.extend({
  period: ReportPeriod,
  granularity: Granularity,
  onlineServices: z.object({ full: OnlineServiceLevelFigures, partial: OnlineServiceLevelFigures }),
  onlineDossierRate: rate,
  fullOnlineDossierRate: rate,
  onTimeRate: rate,
  byField: z.array(FieldFigures),
  byUnit: z.array(UnitFigures),
  byProcedure: z.array(ProcedureFigures),
  rows: RowAccounting,
  rejectedRows: z.array(ReportedIssueSchema),
  skippedRows: z.array(SkippedRowSchema),
  warnings: z.array(ReportedIssueSchema),
});
export interface Metrics extends z.infer<typeof Metrics> {}
