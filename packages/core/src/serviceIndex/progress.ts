import { compareToDue } from '../calendar/compareToDue';
import type { MetricsContext } from '../metrics/context';
import { formatLocalDateTime, toWall } from '../time/index';
import { wordNote } from '../notes/wordNote';
import { endOf } from '../validate/endOf';
import { buildGroup, byProcedure, ratioIndicator, round2, type CountedDossier, type ScoredGroup } from './build';
import type { LostReason, ProgressGroup } from './schema';
import { serviceIndexNotes } from './serviceIndexNotes';
import type { IndexTally } from './tally';

// qd766-progress-v1 — docs/qd766-index.md §1 (DVCQG "Mô tả công thức tính chỉ số 766", id 2.1): 20 × on time ÷ received.total.

export const PROGRESS_VERSION = 'qd766-progress-v1';
export const PROGRESS_MAX = 20;
export const PROGRESS_CODE = 'DVC_PROGRESS';

/** How one counted dossier fares in the progress group; `judgedAt` is a local `YYYY-MM-DDTHH:mm[:ss]`. */
export type ProgressJudgement = { onTime: true } | { onTime: false; reason: LostReason; judgedAt?: string };

/** {@link judgeProgress} with `judgedAt` as the dossier holds it: a text, or wall milliseconds. */
export type ProgressVerdict = { onTime: true } | { onTime: false; reason: LostReason; judgedAt?: string | number };

/** {@link judgeProgress}, its date as the dossier holds it (nothing formatted for the index's own pass). */
export function progressVerdict({ dossier: d, cls }: CountedDossier, ctx: MetricsContext): ProgressVerdict {
  const ended = cls.resolved !== undefined ? endOf<string | number>(d)?.at : undefined;
  if ((d.supplementRequests ?? 0) > 1) {
    return { onTime: false, reason: 'supplement_more_than_once', ...(ended !== undefined ? { judgedAt: ended } : {}) };
  }
  // The due date, else the procedure's time limit in the catalog (the metrics' own rule).
  const due = ctx.dueOf(d);
  if (ended !== undefined) return isLate(ended, due) ? { onTime: false, reason: 'late', judgedAt: ended } : { onTime: true };
  const requested = d.supplementRequestedAt;
  if (d.status === 'supplementRequested' && requested !== undefined && toWall(requested) < ctx.end) {
    return isLate(requested, due) ? { onTime: false, reason: 'supplement_requested_late', judgedAt: requested } : { onTime: true };
  }
  // Open at the end of the period: the metrics' own in-progress class, at `date` granularity.
  return cls.inProgress === 'overdue' ? { onTime: false, reason: 'overdue_open' } : { onTime: true };
}

/** Whether a dossier ended (or asked for a supplement) at `at` after its due date, by day. */
const isLate = (at: string | number, due: number | undefined): boolean => due !== undefined && compareToDue(toWall(at), due, 'date') === 'late';

/**
 * Judges one dossier counted in the period (received.total of domain.md §7), dates at day
 * granularity: more than one supplement request is late; ended inside the period (withdrawn and
 * stopped included) by its end date against its due date; waiting for a supplement requested by
 * the period's end, by the request date; otherwise open, within deadline when due on or after `to`.
 * A dossier without a due date and no time limit in the catalog is on time. Its dates may be texts
 * or wall milliseconds (`MetricsDossier`); `judgedAt` is given as text.
 *
 * @param counted - the dossier and its class (`classifyDossier` with the index's context)
 * @param input - the context of the index, at `date` granularity
 * @returns on time, or why not and the date-time it was judged by
 * @example judgeProgress({ dossier, cls: classifyDossier(dossier, ctx)! }, { ctx }) // { onTime: true }
 */
export function judgeProgress(counted: CountedDossier, input: { ctx: MetricsContext }): ProgressJudgement {
  const verdict = progressVerdict(counted, input.ctx);
  if (verdict.onTime || typeof verdict.judgedAt !== 'number') return verdict as ProgressJudgement;
  return { ...verdict, judgedAt: formatLocalDateTime(verdict.judgedAt) };
}

/** Tiến độ giải quyết (20 points): 20 × dossiers on time or within time ÷ received.total, the ones not on time listed. */
export function progressGroup(tally: IndexTally): ScoredGroup<ProgressGroup> {
  const lost = tally.notOnTime;
  const { received } = tally;
  const onTime = received - lost.length;
  const indicator = ratioIndicator(
    { code: PROGRESS_CODE, label: 'Tỷ lệ hồ sơ giải quyết đúng hạn, trong hạn', max: PROGRESS_MAX, score: (r) => PROGRESS_MAX * r },
    onTime,
    received,
    wordNote(serviceIndexNotes, 'no_dossier_counted'),
  );
  const pointsToGain = [...byProcedure(lost).values()].map(({ first, dossiers }) => ({
    procedureCode: first.procedureCode,
    procedureName: first.procedureName,
    field: first.field,
    reason: 'late_dossiers' as const,
    dossiers,
    points: round2((PROGRESS_MAX * dossiers) / received),
  }));
  pointsToGain.sort((a, b) => b.points - a.points || a.procedureName.localeCompare(b.procedureName, 'vi'));
  const { group, raw } = buildGroup({ label: 'Tiến độ giải quyết', formulaVersion: PROGRESS_VERSION, max: PROGRESS_MAX }, [indicator], lost, pointsToGain);
  return { group: { ...group, received, onTime, notOnTime: lost.length }, raw };
}
