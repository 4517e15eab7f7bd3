import { z } from 'zod';
import type { WorkCalendar } from '../calendar/index';
import { UsageError, coreUsageErrors } from '../errors/index';
import type { MetricsDossier } from '../metrics/context';
import { DossierFields, type Dossier } from '../schemas/dossier';
import { statusKinds } from '../schemas/enums';
import { MS_PER_DAY, formatLocalDateTime, parseLocalDateTime, startOfDay } from '../time/index';

/** One open dossier that is overdue or due soon. No personal data unless asked for. */
export const DueAlert = DossierFields.pick({
  code: true,
  procedureCode: true,
  procedureName: true,
  fieldName: true,
  unit: true,
  channel: true,
  status: true,
  receivedAt: true,
  applicant: true,
}).extend({
  state: z.enum(['overdue', 'dueSoon']),
  /** Working days from the run date to the due date (due soon), or from the due date to the run date (overdue). */
  workingDays: z.number().int().nonnegative(),
  dueAt: z.string(),
});
export interface DueAlert extends z.infer<typeof DueAlert> {}

/** Options of {@link findDueAlerts}. */
export interface FindDueAlertsOptions {
  /** The run time, local `YYYY-MM-DDTHH:mm` (or a date). */
  asOf: string;
  /** Due within this many working days counts as "due soon". Default 2; 0 = overdue only… and due today. */
  withinDays?: number;
  calendar: WorkCalendar;
  /** Include dossiers whose clock is paused (supplement requested, financial obligation). Default false. */
  includePaused?: boolean;
  /** Copy the applicant's name onto the alert (personal data). Default false. */
  keepApplicant?: boolean;
}

const PAUSED = new Set<Dossier['status']>(['supplementRequested', 'financialObligation']);
/** A date-time of the dossier as an alert gives it: its text, or its wall milliseconds formatted. */
const asText = (at: string | number): string => (typeof at === 'number' ? formatLocalDateTime(at) : at);

// domain.md §5, §7 — open dossiers overdue (due date before the run date) or due within N working days.
/**
 * The open dossiers that are overdue (due date before the run date, as domain.md §7 counts
 * `overdue` at date granularity) or due within N working days of the run time, overdue first.
 * One pass over the dossiers (an array, or any iterable such as the import's store); their dates
 * may be texts or wall milliseconds (`MetricsDossier`): an alert gives `receivedAt` and `dueAt` as
 * texts, a dossier's own texts as they are, wall milliseconds as `YYYY-MM-DDTHH:mm:ss`.
 *
 * @param dossiers - valid dossiers, read once
 * @param options - see {@link FindDueAlertsOptions}
 * @returns one alert per dossier, overdue first, then by due time and code
 * @throws UsageError on a malformed run time or a negative number of days
 * @example findDueAlerts(dossiers, { asOf: '2026-01-08T07:00', withinDays: 2, calendar: createWorkCalendar() })
 */
export function findDueAlerts(dossiers: Iterable<MetricsDossier>, options: FindDueAlertsOptions): DueAlert[] {
  const asOfMs = parseLocalDateTime(options.asOf);
  if (asOfMs === undefined) {
    throw new UsageError(coreUsageErrors.invalid_run_time, { path: { key: 'asOf' }, params: { value: String(options.asOf) } });
  }
  const withinDays = options.withinDays ?? 2;
  if (!Number.isInteger(withinDays) || withinDays < 0) {
    throw new UsageError(coreUsageErrors.invalid_within_days, { path: { key: 'withinDays' }, params: { value: String(withinDays) } });
  }
  const { calendar } = options;
  const today = startOfDay(asOfMs);
  const horizon = calendar.addWorkingDays(asOfMs, withinDays);
  const workingDaysBetween = (fromDay: number, toDay: number) => {
    let n = 0;
    for (let d = fromDay + MS_PER_DAY; d <= toDay; d += MS_PER_DAY) if (calendar.isWorkingDay(d)) n++;
    return n;
  };

  const alerts: (DueAlert & { dueMs: number })[] = [];
  for (const d of dossiers) {
    if (statusKinds[d.status] !== 'open' || d.receivedAt === undefined || d.dueAt === undefined) continue;
    if (PAUSED.has(d.status) && !options.includePaused) continue;
    const dueMs = typeof d.dueAt === 'number' ? d.dueAt : parseLocalDateTime(d.dueAt);
    if (dueMs === undefined) continue;
    const dueDay = startOfDay(dueMs);
    let state: DueAlert['state'];
    let workingDays: number;
    if (dueDay < today) {
      state = 'overdue';
      workingDays = workingDaysBetween(dueDay, today);
    } else if (dueMs <= horizon) {
      state = 'dueSoon';
      workingDays = workingDaysBetween(today, dueDay);
    } else continue;
    alerts.push({
      state,
      workingDays,
      code: d.code,
      ...(d.procedureCode === undefined ? {} : { procedureCode: d.procedureCode }),
      procedureName: d.procedureName,
      ...(d.fieldName === undefined ? {} : { fieldName: d.fieldName }),
      ...(d.unit === undefined ? {} : { unit: d.unit }),
      channel: d.channel,
      status: d.status,
      receivedAt: asText(d.receivedAt),
      dueAt: asText(d.dueAt),
      ...(options.keepApplicant && d.applicant !== undefined ? { applicant: d.applicant } : {}),
      dueMs,
    });
  }
  alerts.sort((a, b) =>
    a.state !== b.state ? (a.state === 'overdue' ? -1 : 1) : a.dueMs - b.dueMs || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return alerts.map(({ dueMs: _dueMs, ...alert }) => alert);
}
