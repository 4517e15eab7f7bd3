import { compareToDue } from '../calendar/compareToDue';
import { toWall } from '../time/localTime';
import { endOf } from '../validate/endOf';
import { buildGroup, byProcedure, lostDossier, ratioIndicator, round2, type CountedDossier, type IndexInput, type ScoredGroup } from './build';
import type { LostDossier, LostReason, ProgressGroup } from './schema';

// qd766-progress-v1 — docs/qd766-index.md §1 (DVCQG "Mô tả công thức tính chỉ số 766", id 2.1): 20 × on time ÷ received.total.

export const PROGRESS_VERSION = 'qd766-progress-v1';
export const PROGRESS_MAX = 20;

/** How one counted dossier fares in the progress group. */
export type ProgressJudgement = { onTime: true } | { onTime: false; reason: LostReason; judgedAt?: string };

/**
 * Judges one dossier counted in the period (received.total of domain.md §7), dates at day
 * granularity: more than one supplement request is late; ended inside the period (withdrawn and
 * stopped included) by its end date against its due date; waiting for a supplement requested by
 * the period's end, by the request date; otherwise open, within deadline when due on or after `to`.
 * A dossier without a due date and no time limit in the catalog is on time.
 */
export function judgeProgress({ dossier: d, cls }: CountedDossier, input: IndexInput): ProgressJudgement {
  const ended = cls.resolved !== undefined ? endOf(d)?.at : undefined;
  if ((d.supplementRequests ?? 0) > 1) {
    return { onTime: false, reason: 'supplement_more_than_once', ...(ended ? { judgedAt: ended } : {}) };
  }
  // The due date, else the procedure's time limit in the catalog (the metrics' own rule).
  const due = input.ctx.dueOf(d);
  const late = (at: string) => due !== undefined && compareToDue(toWall(at), due, 'date') === 'late';
  if (ended !== undefined) return late(ended) ? { onTime: false, reason: 'late', judgedAt: ended } : { onTime: true };
  const requested = d.supplementRequestedAt;
  if (d.status === 'supplementRequested' && requested !== undefined && toWall(requested) < input.ctx.end) {
    return late(requested) ? { onTime: false, reason: 'supplement_requested_late', judgedAt: requested } : { onTime: true };
  }
  // Open at the end of the period: the metrics' own in-progress class, at `date` granularity.
  return cls.inProgress === 'overdue' ? { onTime: false, reason: 'overdue_open' } : { onTime: true };
}

/** Tiến độ giải quyết (20 points): 20 × dossiers on time or within time ÷ received.total, the ones not on time listed. */
export function progressGroup(input: IndexInput): ScoredGroup<ProgressGroup> {
  const lost: LostDossier[] = [];
  for (const c of input.counted) {
    const j = judgeProgress(c, input);
    if (!j.onTime) lost.push(lostDossier(c.dossier, input, j.reason, 'DVC_PROGRESS', j.judgedAt));
  }
  const received = input.counted.length;
  const onTime = received - lost.length;
  const indicator = ratioIndicator(
    { code: 'DVC_PROGRESS', label: 'Tỷ lệ hồ sơ giải quyết đúng hạn, trong hạn', max: PROGRESS_MAX, score: (r) => PROGRESS_MAX * r },
    onTime,
    received,
    { vi: 'không có hồ sơ tiếp nhận, giải quyết trong kỳ (0/0)', en: 'no dossier received or handled in the period (0/0)' },
  );
  const pointsToGain = [...byProcedure(lost).values()].map((list) => {
    const first = list[0] as LostDossier;
    return {
      procedureCode: first.procedureCode,
      procedureName: first.procedureName,
      field: first.field,
      reason: 'late_dossiers' as const,
      dossiers: list.length,
      points: round2((PROGRESS_MAX * list.length) / received),
    };
  });
  pointsToGain.sort((a, b) => b.points - a.points || a.procedureName.localeCompare(b.procedureName, 'vi'));
  const { group, raw } = buildGroup({ label: 'Tiến độ giải quyết', formulaVersion: PROGRESS_VERSION, max: PROGRESS_MAX }, [indicator], lost, pointsToGain);
  return { group: { ...group, received, onTime, notOnTime: lost.length }, raw };
}
