import { createWorkCalendar, type WorkCalendar } from '../calendar/index';
import type { Procedure, ProcedureCatalog } from '../schemas/catalog';
import type { Dossier } from '../schemas/dossier';
import type { WallDossier } from '../validate/validateDossier';
import type { Granularity, ServiceLevel } from '../schemas/enums';
import type { ReportPeriod } from '../schemas/period';
import { MS_PER_DAY, toWall } from '../time/index';
import { dueOf } from './dueOf';
import { normalizeName } from './normalizeName';

/**
 * A dossier as the figures read it: its date-times as canonical texts (`Dossier`) or as wall
 * milliseconds (`WallDossier`, what the import's store holds), so that a large export's figures
 * need no date formatted only to be parsed again.
 */
export type MetricsDossier = Dossier | WallDossier;

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
  procedureOf(dossier: MetricsDossier): Procedure | undefined;
  /** {@link normalizeName} of a procedure name, folded once per distinct name (names repeat in an export). */
  nameKey(name: string): string;
  /** The due time the dossier is judged against, wall milliseconds (`dueOf`: its own, else its procedure's time limit). */
  dueOf(dossier: MetricsDossier): number | undefined;
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
  const folded = new Map<string, string>();
  const nameKey = (name: string): string => {
    let key = folded.get(name);
    if (key === undefined) {
      key = normalizeName(name);
      if (folded.size < MAX_FOLDED_NAMES) folded.set(name, key);
    }
    return key;
  };
  const calendar = options.calendar ?? createWorkCalendar();
  const anyTimeLimit = options.catalog?.some((p) => p.timeLimit !== undefined) ?? false;
  let last: { receivedAt: string | number | undefined; procedureCode: string | undefined; procedureName: string; due: number | undefined } = {
    receivedAt: undefined,
    procedureCode: undefined,
    procedureName: '',
    due: undefined,
  };
  const procedureOf = (d: MetricsDossier): Procedure | undefined =>
    (d.procedureCode !== undefined ? byCode.get(d.procedureCode) : undefined) ??
    (byName.size > 0 ? byName.get(nameKey(d.procedureName)) : undefined);
  return {
    period: options.period,
    start: toWall(options.period.from),
    end: toWall(options.period.to) + MS_PER_DAY,
    granularity: options.granularity ?? 'date',
    calendar,
    catalog: options.catalog,
    procedureOf,
    nameKey,
    dueOf(d) {
      // Without any time limit in the catalog, no procedure is looked up for it.
      if (d.dueAt !== undefined || !anyTimeLimit) return dueOf(d, undefined, calendar);
      // The rules of one dossier ask in turn: the last answer is kept, keyed by what it depends on.
      if (d.receivedAt !== last.receivedAt || d.procedureCode !== last.procedureCode || d.procedureName !== last.procedureName) {
        last = { receivedAt: d.receivedAt, procedureCode: d.procedureCode, procedureName: d.procedureName, due: dueOf(d, procedureOf(d)?.timeLimit, calendar) };
      }
      return last.due;
    },
  };
}

/** How many distinct procedure names are remembered folded (more are folded each time: memory stays bounded). */
const MAX_FOLDED_NAMES = 100_000;

/** The service level of a dossier's procedure: its own, else the catalog's. */
export function serviceLevelOf(d: MetricsDossier, ctx: MetricsContext): ServiceLevel | undefined {
  return d.serviceLevel ?? ctx.procedureOf(d)?.serviceLevel;
}

/** The field (lĩnh vực) of a dossier: its own, else the catalog's, else "Chưa xác định". */
export function fieldOf(d: MetricsDossier, ctx: MetricsContext): string {
  return d.fieldName ?? ctx.procedureOf(d)?.field ?? UNKNOWN_FIELD;
}

export const UNKNOWN_FIELD = 'Chưa xác định lĩnh vực';
export const UNKNOWN_UNIT = 'Chưa xác định đơn vị';
