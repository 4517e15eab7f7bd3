import type { WordedNote } from '../notes/note';
import { wordNote } from '../notes/wordNote';
import type { Metrics } from '../schemas/metrics';
import { formatLocalDate, formatViDate as dmy, toWall } from '../time/index';
import type { MetricsDossier } from './context';
import { periodWarningNotes } from './periodWarningNotes';

// domain.md §6–7 — what a user must be told before trusting a period's figures (decisions in docs/domain-decisions.md).

/**
 * A warning about the period as a whole (not about a row): its code in `periodWarningNotes`, the
 * params of its templates, and its Vietnamese and English texts (derived by `formatNote`).
 */
export interface PeriodWarning {
  code: keyof typeof periodWarningNotes;
  params: Readonly<Record<string, string>>;
  message: { vi: string; en: string };
}

/** A worded note as a warning: its texts under `message` (the shape the faces read). */
function asWarning({ code, params, vi, en }: WordedNote): PeriodWarning {
  return { code: code as PeriodWarning['code'], params: params as PeriodWarning['params'], message: { vi, en } };
}

/**
 * The latest calendar day (YYYY-MM-DD) any dossier's dates mention, of an event (received, ended…);
 * one pass over any iterable, dates as texts or wall milliseconds.
 *
 * @example lastDataDay([{ ...dossier, receivedAt: '2026-01-05T08:00:00', returnedAt: '2026-01-07T16:00:00' }]) // '2026-01-07'
 */
export function lastDataDay(dossiers: Iterable<MetricsDossier>): string | undefined {
  let at = -Infinity;
  for (const d of dossiers) at = latestEventAt(at, d);
  return dayOfLatest(at);
}

/**
 * The later of `after` and the latest of `d`'s event dates (submitted, received, supplement
 * requested, finished, returned: what happened, not `dueAt`, which lies ahead), wall milliseconds
 * (`-Infinity`: none yet): what {@link lastDataDay} keeps a dossier at a time, as a number.
 */
export function latestEventAt(after: number, d: MetricsDossier): number {
  let at = after;
  const { submittedAt, receivedAt, supplementRequestedAt, finishedAt, returnedAt } = d;
  if (submittedAt !== undefined && toWall(submittedAt) > at) at = toWall(submittedAt);
  if (receivedAt !== undefined && toWall(receivedAt) > at) at = toWall(receivedAt);
  if (supplementRequestedAt !== undefined && toWall(supplementRequestedAt) > at) at = toWall(supplementRequestedAt);
  if (finishedAt !== undefined && toWall(finishedAt) > at) at = toWall(finishedAt);
  if (returnedAt !== undefined && toWall(returnedAt) > at) at = toWall(returnedAt);
  return at;
}

/** The day (YYYY-MM-DD) of {@link latestEventAt}'s result; `undefined` for none. */
export function dayOfLatest(at: number): string | undefined {
  return at === -Infinity ? undefined : formatLocalDate(at);
}

/**
 * {@link lastDataDay} one dossier at a time: the later of `last` and the days `d`'s event dates
 * mention (for a caller already passing over the dossiers).
 *
 * @example laterDataDay('2026-01-06', { ...dossier, receivedAt: toWall('2026-01-07T08:00') }) // '2026-01-07'
 */
export function laterDataDay(last: string | undefined, d: MetricsDossier): string | undefined {
  const day = dayOfLatest(latestEventAt(-Infinity, d));
  return day !== undefined && (last === undefined || day > last) ? day : last;
}

/**
 * What a user must be told about the figures of a period before trusting them: no dossier
 * received in the period (a quiet week, or the wrong period or files), and data that ends before
 * the period does (an export taken too early: the last days count as empty).
 *
 * @param metrics - the period's figures (of a unit or of all)
 * @param lastDay - {@link lastDataDay} of the export's dossiers (all of them: an export taken
 *   early is the export's), read once however many units are warned
 * @returns the warnings, empty when there is nothing to say
 * @example periodWarnings(computeMetrics([], { period }), lastDataDay([])) // [{ code: 'no_new_dossiers', … }]
 */
export function periodWarnings(metrics: Pick<Metrics, 'period' | 'received'>, lastDay: string | undefined): PeriodWarning[] {
  const { from, to } = metrics.period;
  const warnings: PeriodWarning[] = [];
  if (metrics.received.new.total === 0) {
    warnings.push(asWarning(wordNote(periodWarningNotes, 'no_new_dossiers', { from, to, fromDate: dmy(from), toDate: dmy(to) })));
  }
  if (lastDay !== undefined && lastDay < to) {
    warnings.push(asWarning(wordNote(periodWarningNotes, 'data_ends_before_period', { lastDay, to, lastDate: dmy(lastDay), toDate: dmy(to) })));
  }
  return warnings;
}
