import { describe, expect, it } from 'vitest';
import { computeMetrics, lastDataDay, periodWarnings } from '../../src/index';
import { dossier, seedPeriod } from '../_dossier';

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
});
