import { describe, expect, it } from 'vitest';
import { computeMetrics, computeServiceIndex, type Dossier } from '../../src/index';
import { dossier } from '../_dossier';

// docs/qd766-index.md §1 — Tiến độ giải quyết = 20 × on time ÷ received.total, dates at day granularity.
const period = { from: '2026-01-01', to: '2026-01-31' };

const cases: Dossier[] = [
  // A: finished on its due date but after the due hour: same date → on time (tie at the due date).
  dossier({ code: 'A', status: 'processed', dueAt: '2026-01-10T09:00:00', finishedAt: '2026-01-10T17:30:00' }),
  // B: finished the day after its due date → late.
  dossier({ code: 'B', status: 'returned', dueAt: '2026-01-10T17:00:00', returnedAt: '2026-01-11T08:00:00' }),
  // C: withdrawn on 12/01, due 09/01 → late, judged by its end date.
  dossier({ code: 'C', status: 'withdrawn', dueAt: '2026-01-09T17:00:00', returnedAt: '2026-01-12T08:00:00' }),
  // D: stopped on 08/01, due 09/01 → on time.
  dossier({ code: 'D', status: 'stopped', dueAt: '2026-01-09T17:00:00', finishedAt: '2026-01-08T08:00:00' }),
  // E: open, due on the last day of the period → within deadline → on time.
  dossier({ code: 'E', status: 'processing', dueAt: '2026-01-31T17:00:00' }),
  // F: open, due the day before the last → overdue at the end of the period.
  dossier({ code: 'F', status: 'accepted', dueAt: '2026-01-30T17:00:00' }),
  // G: waiting for a supplement requested on 20/01, due 15/01 → late, judged by its request date.
  dossier({ code: 'G', status: 'supplementRequested', dueAt: '2026-01-15T17:00:00', supplementRequestedAt: '2026-01-20T10:00:00' }),
  // H: waiting for a supplement requested on 14/01, due 15/01 → on time, although due before `to`.
  dossier({ code: 'H', status: 'supplementRequested', dueAt: '2026-01-15T17:00:00', supplementRequestedAt: '2026-01-14T10:00:00' }),
  // I: returned on time but after two supplement requests → late by rule.
  dossier({ code: 'I', status: 'returned', dueAt: '2026-01-20T17:00:00', returnedAt: '2026-01-19T08:00:00', supplementRequests: 2 }),
  // J: carried over (received 20/12/2025), open, due 02/02 → counts in N, within deadline.
  dossier({ code: 'J', status: 'processing', submittedAt: '2025-12-20T08:00:00', receivedAt: '2025-12-20T08:00:00', dueAt: '2026-02-02T17:00:00' }),
  // K: ended before the period → not counted. L: not accepted → not counted.
  dossier({ code: 'K', status: 'returned', submittedAt: '2025-12-01T08:00:00', receivedAt: '2025-12-01T08:00:00', dueAt: '2025-12-05T17:00:00', returnedAt: '2025-12-10T08:00:00' }),
  dossier({ code: 'L', status: 'notAccepted', receivedAt: undefined }),
];

describe('progress group (Tiến độ giải quyết)', () => {
  const index = computeServiceIndex(cases, { period });
  const progress = index.groups.progress;

  it('scores 20 × on time ÷ received.total, by hand: N = A…J = 10, on time A, D, E, H, J = 5 → 10 points', () => {
    expect(progress.received).toBe(10);
    expect(progress.onTime).toBe(5);
    expect(progress.score).toBe(10);
    expect(progress.computable).toBe(true);
    expect(progress.formulaVersion).toBe('qd766-progress-v1');
  });

  it('takes N from the metrics: received.total of domain.md §7', () => {
    expect(progress.received).toBe(computeMetrics(cases, { period }).received.total);
  });

  it('lists exactly the dossiers not on time, with why and the date each was judged by', () => {
    expect(progress.lost.map((l) => [l.code, l.reason, l.judgedDate])).toEqual([
      ['B', 'late', '2026-01-11'],
      ['C', 'late', '2026-01-12'],
      ['F', 'overdue_open', null],
      ['G', 'supplement_requested_late', '2026-01-20'],
      ['I', 'supplement_more_than_once', '2026-01-19'],
    ]);
    expect(progress.lost[0]).toMatchObject({ procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', field: 'Hộ tịch', dueDate: '2026-01-10' });
  });

  it('names the procedure that would gain most: 5 lost dossiers of one procedure = 20 × 5 / 10 = 10 points', () => {
    expect(progress.pointsToGain).toEqual([
      { procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', field: 'Hộ tịch', reason: 'late_dossiers', dossiers: 5, points: 10 },
    ]);
  });

  it('compares dates, never hours, whatever the metrics granularity would be', () => {
    // A is 'late' at datetime granularity in the metrics but on time in the index.
    expect(computeMetrics([cases[0]!], { period, granularity: 'datetime' }).resolved.late).toBe(1);
    expect(computeServiceIndex([cases[0]!], { period }).groups.progress.score).toBe(20);
  });

  it('judges a supplement requested after the period as an ordinary open dossier', () => {
    // Requested 02/02 (after `to`), due 30/01 → open at the end of January and overdue.
    const d = dossier({ code: 'M', status: 'supplementRequested', dueAt: '2026-01-30T17:00:00', supplementRequestedAt: '2026-02-02T08:00:00' });
    expect(computeServiceIndex([d], { period }).groups.progress.lost.map((l) => l.reason)).toEqual(['overdue_open']);
  });

  it('gives a period with no dossiers no score and the reason, never 0 or NaN', () => {
    const empty = computeServiceIndex([], { period });
    expect(empty.groups.progress).toMatchObject({ score: null, computable: false, received: 0, onTime: 0 });
    expect(empty.groups.progress.reason?.vi).toContain('0/0');
    expect(empty.groups.progress.reason?.en).toContain('no dossier');
    expect(empty.total).toBe(0);
    expect(empty.max).toBe(0);
    expect(JSON.stringify(empty)).not.toMatch(/NaN|Infinity/);
  });
});
