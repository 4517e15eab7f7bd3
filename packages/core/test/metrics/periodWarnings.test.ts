import { describe, expect, it } from 'vitest';
import { computeMetrics, createMetricsTally, laterDataDay, lastDataDay, periodWarnings, toWall } from '../../src/index';
import { dossier, once, seedPeriod, wall } from '../_dossier';

describe('periodWarnings', () => {
  it('says nothing when dossiers were received and the data reaches the last day', () => {
    const list = [dossier({ code: 'A', receivedAt: '2026-01-07T16:00:00', submittedAt: '2026-01-07T16:00:00', dueAt: '2026-01-09T17:00:00' })];
    expect(periodWarnings(computeMetrics(list, { period: seedPeriod }), lastDataDay(list))).toEqual([]);
  });

  it('warns of no new dossier and of data that ends before the period (dueAt, which lies ahead, does not count)', () => {
    // Received 24/12/2025 (before the period), due 20/01/2026: carried over, nothing new; latest event 24/12.
    const list = [dossier({ code: 'A', submittedAt: '2025-12-24T08:00:00', receivedAt: '2025-12-24T08:00:00', dueAt: '2026-01-20T17:00:00' })];
    const warnings = periodWarnings(computeMetrics(list, { period: seedPeriod }), lastDataDay(list));
    expect(warnings.map((w) => w.code)).toEqual(['no_new_dossiers', 'data_ends_before_period']);
    expect(warnings[1]!.message.vi).toContain('Dữ liệu chỉ đến ngày 24/12/2025, trước ngày cuối kỳ 07/01/2026');
    expect(lastDataDay(list)).toBe('2025-12-24');
  });

  it('reads the last data day from wall dates as from texts, in one pass', () => {
    // A's latest event is its return on 07/01 23:59; B's its receipt on 06/01; C's due date (09/01) lies ahead and does not count.
    const list = [
      dossier({ code: 'A', status: 'returned', receivedAt: '2026-01-05T08:00:00', returnedAt: '2026-01-07T23:59:00' }),
      dossier({ code: 'B', submittedAt: '2026-01-06T07:00:00', receivedAt: '2026-01-06T08:00:00' }),
      dossier({ code: 'C', dueAt: '2026-01-09T17:00:00' }),
    ];
    expect(lastDataDay(list)).toBe('2026-01-07');
    expect(lastDataDay(once(list.map(wall)))).toBe('2026-01-07');
    // The figures' tally keeps the same day as it counts.
    const tally = createMetricsTally({ period: { from: '2026-01-01', to: '2026-01-31' } });
    expect(tally.lastDataDay).toBeUndefined();
    for (const d of list.map(wall)) tally.add(d);
    expect(tally.lastDataDay).toBe('2026-01-07');
    // One dossier at a time: a wall time on the day already known keeps it; one on a later day moves it.
    const at = (t: string) => wall(dossier({ submittedAt: t, receivedAt: t, dueAt: '2026-01-20T17:00:00' }));
    expect(laterDataDay('2026-01-07', at('2026-01-07T23:59'))).toBe('2026-01-07');
    expect(laterDataDay('2026-01-07', at('2026-01-08T00:00'))).toBe('2026-01-08');
    expect(laterDataDay(undefined, { ...at('2026-01-05T08:00'), submittedAt: toWall('2026-01-04T08:00') })).toBe('2026-01-05');
  });
});
