import { createWorkCalendar, type WorkCalendar } from '../calendar/index';
import type { Procedure, ProcedureCatalog } from '../schemas/catalog';
import type { Dossier } from '../schemas/dossier';
import type { Granularity, ServiceLevel } from '../schemas/enums';
import type { ReportPeriod } from '../schemas/period';
import { MS_PER_DAY, toWall } from '../time/localTime';
import { dueOf, type DueOf } from './dueOf';
import { normalizeName } from './normalizeName';

/** What every metric rule needs to know about the period and the unit. */
export interface MetricsContext {
  period: ReportPeriod;
  /** Wall milliseconds of `from` 00:00. */
  start: number;
  /** Wall milliseconds of the day after `to`, 00:00: the period is `[start, end)`. */
  end: number;
  granularity: Granularity;
  calendar: WorkCalendar;
  catalog: ProcedureCatalog | undefined;
  /** Catalog lookups by procedure code and by normalised name. */
  procedureOf(dossier: Dossier): Procedure | undefined;
  /** The due time the dossier is judged against (`dueOf`: its own, else its procedure's time limit). */
  dueOf(dossier: Dossier): DueOf;
}

export interface MetricsContextOptions {
  period: ReportPeriod;
  catalog?: ProcedureCatalog;
  granularity?: Granularity;
  calendar?: WorkCalendar;
}

/** Builds the shared context of one metrics run. The period must already be valid. */
export function createMetricsContext(options: MetricsContextOptions): MetricsContext {
  const byCode = new Map<string, Procedure>();
  const byName = new Map<string, Procedure>();
  for (const p of options.catalog ?? []) {
    byCode.set(p.code, p);
    byName.set(normalizeName(p.name), p);
  }
  const calendar = options.calendar ?? createWorkCalendar();
  const procedureOf = (d: Dossier): Procedure | undefined =>
    (d.procedureCode !== undefined ? byCode.get(d.procedureCode) : undefined) ?? byName.get(normalizeName(d.procedureName));
  // The rules of one dossier ask for its due time in turn: the last answer is kept.
  let last: { d: Dossier; due: DueOf } | undefined;
  return {
    period: options.period,
    start: toWall(options.period.from),
    end: toWall(options.period.to) + MS_PER_DAY,
    granularity: options.granularity ?? 'date',
    calendar,
    catalog: options.catalog,
    procedureOf,
    dueOf(d) {
      if (last?.d !== d) last = { d, due: dueOf(d, d.dueAt === undefined ? procedureOf(d)?.timeLimit : undefined, calendar) };
      return last.due;
    },
  };
}

/** The service level of a dossier's procedure: its own, else the catalog's. */
export function serviceLevelOf(d: Dossier, ctx: MetricsContext): ServiceLevel | undefined {
  return d.serviceLevel ?? ctx.procedureOf(d)?.serviceLevel;
}

/** The field (lĩnh vực) of a dossier: its own, else the catalog's, else "Chưa xác định". */
export function fieldOf(d: Dossier, ctx: MetricsContext): string {
  return d.fieldName ?? ctx.procedureOf(d)?.field ?? UNKNOWN_FIELD;
}

export const UNKNOWN_FIELD = 'Chưa xác định lĩnh vực';
export const UNKNOWN_UNIT = 'Chưa xác định đơn vị';
