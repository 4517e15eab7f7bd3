import {
  type CalendarDay,
  type ProcedureCatalog,
  type ReportPeriod,
  type WorkCalendar,
  createWorkCalendar,
  parseDaysOffCsv,
  parsePeriod,
  relativePeriod,
} from '@tthc/core';
import { readCatalog } from '@tthc/import';
import type { FileRef, ParsedReportRequest } from '../request/reportRequest';
import { type FileAccess, bytesOf, diskFiles, textOf } from './files';

/** What the run reads before the import: the period, the calendar, the catalog. */
export interface SmallInputs {
  period?: ReportPeriod;
  calendar: WorkCalendar;
  catalog?: ProcedureCatalog;
}

/** The request's period: its dates checked, or its preset counted from the run date. */
export function periodOf(period: NonNullable<ParsedReportRequest['period']>): ReportPeriod {
  return 'preset' in period ? relativePeriod(period.preset, period.runDate, period.cutoff, period.offset) : parsePeriod(period);
}

/**
 * The extra days off of CSV files (`date,kind,name`, as official-days-off.csv), in order.
 *
 * @param refs - the files
 * @param files - how a path is read; default the local disk
 * @returns the days, for `createWorkCalendar({ extraDays })` of @tthc/core
 * @example createWorkCalendar({ extraDays: await readDaysOff(['days-off-2027.csv']) })
 */
export async function readDaysOff(refs: readonly FileRef[], files: FileAccess = diskFiles): Promise<CalendarDay[]> {
  const days: CalendarDay[] = [];
  for (const ref of refs) {
    const { name, text } = await textOf(ref, files);
    days.push(...parseDaysOffCsv(text, name));
  }
  return days;
}

/**
 * The period first (a wrong period should not wait for anything), then the days off and the
 * catalog, each through the readers of @tthc/core and @tthc/import.
 */
export async function readSmallInputs(r: ParsedReportRequest, files: FileAccess): Promise<SmallInputs> {
  const period = r.period === undefined ? undefined : periodOf(r.period);
  const calendar = createWorkCalendar({ extraDays: await readDaysOff(r.daysOff, files) });
  const catalog = r.catalog === undefined ? undefined : await readCatalog(await bytesOf(r.catalog, files));
  return { ...(period ? { period } : {}), calendar, ...(catalog ? { catalog } : {}) };
}
