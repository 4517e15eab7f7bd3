import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/index';
import { dossier, seedPeriod } from '../_dossier';

const late = (d: Parameters<typeof dossier>[0]) =>
  computeMetrics([dossier({ dueAt: '2026-01-07T17:00:00', ...d })], { period: seedPeriod }).lateReceived;

describe('late-received (domain.md §7)', () => {
  it('direct: received on a later calendar date than submitted is late, the same date is not', () => {
    expect(late({ submittedAt: '2026-01-05T16:00:00', receivedAt: '2026-01-06T08:00:00' })).toBe(1);
    expect(late({ submittedAt: '2026-01-05T07:05:00', receivedAt: '2026-01-05T16:55:00' })).toBe(0);
  });

  it('postal follows the direct rule', () => {
    expect(late({ channel: 'postal', submittedAt: '2026-01-05T16:00:00', receivedAt: '2026-01-06T08:00:00' })).toBe(1);
  });

  it('online: exactly 8 working hours is allowed, one minute more is late', () => {
    expect(late({ channel: 'online', submittedAt: '2026-01-05T08:00:00', receivedAt: '2026-01-06T08:00:00' })).toBe(0);
    expect(late({ channel: 'online', submittedAt: '2026-01-05T08:00:00', receivedAt: '2026-01-06T08:01:00' })).toBe(1);
  });

  it('online: nights, weekends and holidays do not count', () => {
    // Fri 26/12 16:00 → Mon 29/12 15:00 = 1 h + 4.5 h + 1.5 h = 7 working hours.
    expect(late({ channel: 'online', submittedAt: '2025-12-26T16:00:00', receivedAt: '2025-12-29T15:00:00' })).toBe(0);
    // Wed 31/12 16:00 → Mon 05/01 08:00 skips 01/01 (holiday) and 02/01 (day off): 1 h + 1 h = 2 h.
    expect(late({ channel: 'online', submittedAt: '2025-12-31T16:00:00', receivedAt: '2026-01-05T08:00:00' })).toBe(0);
  });

  it('counts only dossiers received inside the period, and none without a submission time', () => {
    expect(late({ submittedAt: '2025-12-20T16:00:00', receivedAt: '2025-12-22T08:00:00' })).toBe(0);
    expect(late({ submittedAt: undefined, receivedAt: '2026-01-06T08:00:00' })).toBe(0);
  });
});
