import {
  Dossier,
  MS_PER_HOUR,
  formatLocalDateTime,
  toWall,
  validateDossier,
  type WorkCalendar,
} from '../../../packages/core/src/index';
import type { CatalogProcedure } from './catalog';
import { PERIOD, SNAPSHOT } from './setting';

/** The seed's section IV, as the data must reproduce it for the seed period. */
export const SEED_FIGURES = {
  receivedTotal: 325,
  resolvedTotal: 108,
  resolvedEarlyOrOnTime: 107,
  resolvedLate: 0,
  resolvedWithdrawnOrRejected: 1,
  inProgressTotal: 217,
  inProgressOverdue: 0,
  inProgressOverdueReceivedInPeriod: 0,
  lateReceived: 0,
  onlineFullProcedures: 7,
  onlinePartialProcedures: 4,
} as const;

export type Figures = { -readonly [K in keyof typeof SEED_FIGURES]: number } & { carriedOver: number; newTotal: number };

const ENDED = new Set(['withdrawn', 'stopped', 'processed', 'returned']);
const NOT_RECEIVED = new Set(['registered', 'notAccepted']);

/**
 * Counts the seed figures straight from the rules of domain.md §7, with plain string comparisons
 * of the local ISO times — deliberately not with the engine, so the two can check each other.
 */
export function countFigures(dossiers: readonly Dossier[], catalog: readonly CatalogProcedure[], cal: WorkCalendar): Figures {
  const from = PERIOD.from; // '2025-12-25'
  const after = '2026-01-08'; // first date after PERIOD.to
  const level = new Map(catalog.map((p) => [p.code, p.serviceLevel]));
  const f: Figures = {
    carriedOver: 0, newTotal: 0, receivedTotal: 0, resolvedTotal: 0, resolvedEarlyOrOnTime: 0, resolvedLate: 0,
    resolvedWithdrawnOrRejected: 0, inProgressTotal: 0, inProgressOverdue: 0, inProgressOverdueReceivedInPeriod: 0,
    lateReceived: 0, onlineFullProcedures: 0, onlinePartialProcedures: 0,
  };
  const online = { full: new Set<string>(), partial: new Set<string>() };
  for (const d of dossiers) {
    if (NOT_RECEIVED.has(d.status) || d.receivedAt === undefined) continue;
    const endAt = ENDED.has(d.status) ? (d.finishedAt ?? d.returnedAt) : undefined;
    const isNew = d.receivedAt >= from && d.receivedAt < after;
    if (d.receivedAt < from && !(endAt !== undefined && endAt < from)) f.carriedOver++;
    if (isNew) {
      f.newTotal++;
      const late =
        d.channel === 'online'
          ? cal.workingMillisBetween(toWall(d.submittedAt ?? d.receivedAt), toWall(d.receivedAt)) > 8 * MS_PER_HOUR
          : (d.submittedAt ?? d.receivedAt).slice(0, 10) < d.receivedAt.slice(0, 10);
      if (late) f.lateReceived++;
      const lvl = level.get(d.procedureCode ?? '');
      if (d.channel === 'online' && (lvl === 'full' || lvl === 'partial')) online[lvl].add(d.procedureCode ?? '');
    }
    if (endAt !== undefined && endAt >= from && endAt < after) {
      f.resolvedTotal++;
      if (d.status === 'withdrawn' || d.status === 'stopped') f.resolvedWithdrawnOrRejected++;
      else if (endAt.slice(0, 10) > (d.dueAt ?? '').slice(0, 10)) f.resolvedLate++;
      else f.resolvedEarlyOrOnTime++;
    }
    if (d.receivedAt < after && !(endAt !== undefined && endAt < after)) {
      f.inProgressTotal++;
      if ((d.dueAt ?? '').slice(0, 10) < PERIOD.to) {
        f.inProgressOverdue++;
        if (isNew) f.inProgressOverdueReceivedInPeriod++;
      }
    }
  }
  f.receivedTotal = f.carriedOver + f.newTotal;
  f.onlineFullProcedures = online.full.size;
  f.onlinePartialProcedures = online.partial.size;
  return f;
}

/** Throws, naming every difference, unless the figures are the seed's and the identity holds. */
export function assertSeedFigures(f: Figures): void {
  const wrong = Object.entries(SEED_FIGURES)
    .filter(([k, v]) => f[k as keyof typeof SEED_FIGURES] !== v)
    .map(([k, v]) => `${k}: expected ${v}, got ${f[k as keyof typeof SEED_FIGURES]}`);
  if (f.receivedTotal !== f.resolvedTotal + f.inProgressTotal) wrong.push('identity received = resolved + in progress broken');
  if (wrong.length > 0) throw new Error(`The Hải An data no longer reproduces the seed:\n  ${wrong.join('\n  ')}`);
}

/** Throws unless every dossier is schema-valid, accepted by the core validator and consistent in time. */
export function assertConsistent(dossiers: readonly Dossier[], cal: WorkCalendar): void {
  const codes = new Set<string>();
  const snapshot = formatLocalDateTime(SNAPSHOT);
  const inWorkingTime = (t: string | undefined) => t === undefined || cal.sessionAt(toWall(t)) !== undefined;
  dossiers.forEach((d, i) => {
    const fail = (why: string) => {
      throw new Error(`dossier ${i + 1} (${d.code}): ${why}`);
    };
    if (!Dossier.safeParse(d).success) fail('does not match the Dossier schema');
    const v = validateDossier(d, { file: 'dossiers.jsonl', row: i + 1 }, { keepApplicant: true });
    if (!v.ok) fail(`refused by validateDossier: ${JSON.stringify(v.issues)}`);
    if (codes.has(d.code)) fail('duplicate code');
    codes.add(d.code);
    if (d.procedureName !== d.procedureName.normalize('NFC')) fail('procedure name not NFC');
    const times = [d.submittedAt, d.receivedAt, d.finishedAt, d.returnedAt].filter((t): t is string => t !== undefined);
    if (times.some((t, k) => k > 0 && t < (times[k - 1] as string))) fail('times out of order');
    if (times.some((t) => t > snapshot)) fail('a time after the export');
    if (d.supplementRequestedAt !== undefined && (d.receivedAt === undefined || d.supplementRequestedAt < d.receivedAt)) {
      fail('supplement requested before receipt');
    }
    const received = !NOT_RECEIVED.has(d.status);
    if (received !== (d.receivedAt !== undefined) || received !== (d.dueAt !== undefined)) fail('receipt/due vs status');
    if (ENDED.has(d.status) !== (d.finishedAt !== undefined)) fail('end time vs status');
    if (d.returnedAt !== undefined && d.status !== 'returned') fail('returned time vs status');
    if (!inWorkingTime(d.receivedAt) || !inWorkingTime(d.finishedAt) || !inWorkingTime(d.returnedAt)) {
      fail('received, finished or returned outside working time');
    }
  });
}
