import { describe, expect, it } from 'vitest';
import { computeMetrics, type Granularity } from '../../src/index';
import { dossier } from '../_dossier';

// Mon 05/01/2026; due at 17:00 that day: the afternoon session 13:30–17:00 contains it.
const period = { from: '2026-01-05', to: '2026-01-09' };
const finishedAt = (at: string, granularity: Granularity) =>
  computeMetrics([dossier({ status: 'processed', finishedAt: at })], { period, granularity }).resolved;

describe('resolved (domain.md §7)', () => {
  it('classifies by date at the default granularity: same day is on time', () => {
    expect(finishedAt('2026-01-05T10:00:00', 'date')).toMatchObject({ total: 1, onTime: 1 });
    expect(finishedAt('2026-01-05T16:59:00', 'date')).toMatchObject({ onTime: 1 });
    expect(finishedAt('2026-01-06T08:00:00', 'date')).toMatchObject({ late: 1 });
  });

  it('at datetime, anything before the due instant is early and only the instant itself is on time', () => {
    expect(finishedAt('2026-01-05T16:59:00', 'datetime')).toMatchObject({ early: 1 });
    expect(finishedAt('2026-01-05T17:00:00', 'datetime')).toMatchObject({ onTime: 1 });
    expect(finishedAt('2026-01-05T17:00:01', 'datetime')).toMatchObject({ late: 1 });
  });

  it('at halfDay, inside the session holding the due time is on time, before it early', () => {
    expect(finishedAt('2026-01-05T14:00:00', 'halfDay')).toMatchObject({ onTime: 1 });
    expect(finishedAt('2026-01-05T10:00:00', 'halfDay')).toMatchObject({ early: 1 });
    expect(finishedAt('2026-01-06T08:00:00', 'halfDay')).toMatchObject({ late: 1 });
  });

  it('uses finishedAt before returnedAt as the end (domain.md §4)', () => {
    const m = computeMetrics(
      [dossier({ status: 'returned', finishedAt: '2026-01-05T15:00:00', returnedAt: '2026-01-06T09:00:00' })],
      { period },
    );
    expect(m.resolved).toEqual({ total: 1, early: 0, onTime: 1, late: 0, withdrawnOrRejected: 0 });
  });

  it('puts withdrawn and stopped dossiers apart, whatever their dates, and leaves them out of the on-time rate', () => {
    const m = computeMetrics(
      [
        dossier({ code: 'A', status: 'withdrawn', returnedAt: '2026-01-08T09:00:00' }),
        dossier({ code: 'B', status: 'stopped', finishedAt: '2026-01-06T09:00:00' }),
        dossier({ code: 'C', status: 'processed', finishedAt: '2026-01-05T09:00:00' }),
        dossier({ code: 'D', status: 'processed', finishedAt: '2026-01-07T09:00:00' }),
      ],
      { period },
    );
    expect(m.resolved).toEqual({ total: 4, early: 0, onTime: 1, late: 1, withdrawnOrRejected: 2 });
    expect(m.onTimeRate).toBe(50);
  });

  it('has no on-time rate when nothing was resolved with a result', () => {
    expect(computeMetrics([dossier()], { period }).onTimeRate).toBeNull();
  });
});
