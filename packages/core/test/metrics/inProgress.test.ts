import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/index';
import { dossier, seedPeriod } from '../_dossier';

const inProgress = (d: Parameters<typeof dossier>[0], granularity?: 'date' | 'datetime') =>
  computeMetrics([dossier(d)], { period: seedPeriod, ...(granularity ? { granularity } : {}) }).inProgress;

describe('in progress (domain.md §7)', () => {
  it('is within deadline when due on the last day of the period', () => {
    expect(inProgress({ receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-07T08:00:00' })).toEqual({
      total: 1,
      withinDeadline: 1,
      overdue: 0,
      overdueReceivedInPeriod: 0,
    });
  });

  it('is overdue when due the day before the last day, and counted as received in the period', () => {
    expect(inProgress({ receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-06T17:00:00' })).toEqual({
      total: 1,
      withinDeadline: 0,
      overdue: 1,
      overdueReceivedInPeriod: 1,
    });
  });

  it('at datetime, compares the due time with the end of the last day', () => {
    // Still open at 24:00 on 07/01: due 17:00 that day has passed, due 08/01 07:00 has not.
    expect(inProgress({ dueAt: '2026-01-07T17:00:00' }, 'datetime').overdue).toBe(1);
    expect(inProgress({ dueAt: '2026-01-08T07:00:00' }, 'datetime').withinDeadline).toBe(1);
  });

  it('counts carried-over overdue dossiers in the cumulative figure only', () => {
    const m = inProgress({ receivedAt: '2025-12-01T08:00:00', submittedAt: undefined, dueAt: '2025-12-10T17:00:00' });
    expect(m).toEqual({ total: 1, withinDeadline: 0, overdue: 1, overdueReceivedInPeriod: 0 });
  });

  it('pauses the clock while a supplement is requested', () => {
    // Due Mon 05/01 17:00, paused from Wed 31/12 09:00: the pause to the end of 07/01 holds
    // 6 h on 31/12 (01/01 holiday, 02/01 day off, weekend) + 3 × 8 h = 30 working hours, so the
    // due time moves to Fri 09/01 15:00: within the deadline. The same dossier not paused is overdue.
    const base = { receivedAt: '2025-12-29T08:00:00', submittedAt: undefined, dueAt: '2026-01-05T17:00:00' };
    expect(
      inProgress({ ...base, status: 'supplementRequested', supplementRequestedAt: '2025-12-31T09:00:00' }).withinDeadline,
    ).toBe(1);
    expect(inProgress({ ...base, status: 'processing' }).overdue).toBe(1);
  });

  it('balances: received = resolved + in progress', () => {
    const m = computeMetrics(
      [
        dossier({ code: 'A' }),
        dossier({ code: 'B', status: 'returned', returnedAt: '2026-01-05T10:00:00' }),
        dossier({ code: 'C', receivedAt: '2025-12-01T08:00:00', submittedAt: undefined, dueAt: '2025-12-03T17:00:00' }),
      ],
      { period: seedPeriod },
    );
    expect(m.received.total).toBe(3);
    expect(m.resolved.total + m.inProgress.total).toBe(3);
  });
});
