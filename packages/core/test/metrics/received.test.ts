import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/index';
import { dossier, seedPeriod } from '../_dossier';

const run = (...ds: Parameters<typeof dossier>[0][]) =>
  computeMetrics(ds.map((d, i) => dossier({ code: `HS-${i}`, ...d })), { period: seedPeriod });

describe('received (domain.md §7)', () => {
  it('counts a dossier received at the first minute of the first day as new', () => {
    const m = run({ receivedAt: '2025-12-25T00:00:00', submittedAt: undefined, dueAt: '2026-01-20T17:00:00' });
    expect(m.received).toEqual({ total: 1, carriedOver: 0, new: { total: 1, online: 0, direct: 1, postal: 0 } });
  });

  it('counts a dossier received at the last second of the last day as new, and not one received the next day', () => {
    const m = run(
      { receivedAt: '2026-01-07T23:59:59', submittedAt: undefined, dueAt: '2026-01-09T17:00:00', channel: 'online' },
      { receivedAt: '2026-01-08T07:00:00', submittedAt: undefined, dueAt: '2026-01-09T17:00:00' },
    );
    expect(m.received.total).toBe(1);
    expect(m.received.new.online).toBe(1);
  });

  it('carries over a dossier received before the period that ended exactly at its start', () => {
    const m = run({
      receivedAt: '2025-12-20T08:00:00',
      submittedAt: undefined,
      dueAt: '2025-12-26T17:00:00',
      status: 'returned',
      returnedAt: '2025-12-25T00:00:00',
    });
    expect(m.received.carriedOver).toBe(1);
    expect(m.resolved.total).toBe(1);
    expect(m.resolved.early).toBe(1);
  });

  it('does not count a dossier that ended one second before the period', () => {
    const m = run({
      receivedAt: '2025-12-20T08:00:00',
      submittedAt: undefined,
      dueAt: '2025-12-26T17:00:00',
      status: 'processed',
      finishedAt: '2025-12-24T23:59:59',
    });
    expect(m.received.total).toBe(0);
  });

  it('carries over a dossier received before the period that ends after it, as in progress', () => {
    const m = run({
      receivedAt: '2025-12-10T08:00:00',
      submittedAt: undefined,
      dueAt: '2026-01-15T17:00:00',
      status: 'returned',
      finishedAt: '2026-01-08T09:00:00',
    });
    expect(m.received.carriedOver).toBe(1);
    expect(m.resolved.total).toBe(0);
    expect(m.inProgress).toEqual({ total: 1, withinDeadline: 1, overdue: 0, overdueReceivedInPeriod: 0 });
  });

  it('never counts registered or not-accepted dossiers', () => {
    const m = run(
      { status: 'registered', receivedAt: undefined, dueAt: undefined },
      { status: 'notAccepted', receivedAt: '2026-01-05T09:00:00' },
    );
    expect(m.received.total).toBe(0);
    expect(m.resolved.total + m.inProgress.total).toBe(0);
  });

  it('splits new dossiers by channel', () => {
    const m = run({ channel: 'online' }, { channel: 'online' }, { channel: 'postal' }, { channel: 'direct' });
    expect(m.received.new).toEqual({ total: 4, online: 2, direct: 1, postal: 1 });
    expect(m.onlineDossierRate).toBe(50);
  });
});
