import { describe, expect, it } from 'vitest';
import { computeServiceIndex, type Dossier, type ProcedureCatalog } from '../../src/index';
import { dossier, once, wall } from '../_dossier';

// The index from any iterable of dossiers, read once, dates as texts or as the import's wall
// milliseconds: the same index, and only the dossiers that cost points listed.
const period = { from: '2026-01-01', to: '2026-01-31' };
const catalog: ProcedureCatalog = [
  { code: 'P1', name: 'Đăng ký khai sinh', field: 'Hộ tịch', serviceLevel: 'full', timeLimit: { amount: 3, unit: 'workingDays' } },
  { code: 'P2', name: 'Chứng thực bản sao', field: 'Chứng thực', serviceLevel: 'partial' },
  { code: 'P3', name: 'Xác nhận tình trạng hôn nhân', field: 'Hộ tịch', serviceLevel: 'none' },
];
const d = (code: string, unit: string | undefined, over: Partial<Dossier>): Dossier =>
  dossier({ code, ...(unit ? { unit } : {}), procedureCode: 'P1', procedureName: 'Đăng ký khai sinh', ...over });

const dossiers: Dossier[] = [
  // Open, due 05/02: within deadline.
  d('A1', 'Phường A', { channel: 'online', dueAt: '2026-02-05T17:00:00' }),
  // Returned 12/01, due 10/01: late, judged by its end; every flag false.
  d('A2', 'Phường A', {
    procedureCode: 'P2', status: 'returned', dueAt: '2026-01-10T17:00:00', returnedAt: '2026-01-12T08:00:00',
    paidOnline: false, hasElectronicResult: false, hasDigitizedComponents: false,
  }),
  // No due date: P1's 3 working days from Mon 05/01 08:00 → Thu 08/01 08:00, still open on 31/01: overdue.
  d('A3', 'Phường A', { dueAt: undefined }),
  // Supplement requested Fri 09/01 10:00, after its due date 08/01: late by the request.
  d('A4', 'Phường A', { status: 'supplementRequested', dueAt: '2026-01-08T17:00:00', supplementRequestedAt: '2026-01-09T10:00:00' }),
  // Two supplement requests: late by rule, judged by its end (06/01).
  d('B1', 'Phường B', { status: 'returned', dueAt: '2026-01-20T17:00:00', returnedAt: '2026-01-06T09:00:00', supplementRequests: 2 }),
  // Received 20/12/2025, due 03/01, open: carried over, overdue.
  d('B2', 'Phường B', { submittedAt: '2025-12-20T08:00:00', receivedAt: '2025-12-20T08:00:00', dueAt: '2026-01-03T17:00:00' }),
  // Online, returned on time with every flag true.
  d('B3', 'Phường B', {
    procedureCode: 'P2', channel: 'online', status: 'returned', dueAt: '2026-01-10T17:00:00', returnedAt: '2026-01-09T08:00:00',
    paidOnline: true, hasElectronicResult: true, hasDigitizedComponents: true,
  }),
  // No unit; withdrawn: on time, without a result.
  d('C1', undefined, { procedureCode: 'P3', status: 'withdrawn', dueAt: '2026-01-10T17:00:00', finishedAt: '2026-01-07T08:00:00' }),
];

describe('computeServiceIndex over any iterable', () => {
  const fromText = computeServiceIndex(dossiers, { period, catalog });

  it('gives the same index from wall dates, read once, as from the array of text dates', () => {
    const fromWall = computeServiceIndex(once(dossiers.map(wall)), { period, catalog });
    expect(JSON.stringify(fromWall)).toBe(JSON.stringify(fromText));
    expect(computeServiceIndex(once(dossiers), { period, catalog })).toEqual(fromText);
  });

  it('lists the dossiers not on time with the dates they were judged by, from wall dates', () => {
    const fromWall = computeServiceIndex(once(dossiers.map(wall)), { period, catalog });
    expect(fromWall.groups.progress.lost.map((l) => [l.code, l.reason, l.dueDate, l.judgedDate])).toEqual([
      ['A2', 'late', '2026-01-10', '2026-01-12'],
      ['A3', 'overdue_open', '2026-01-08', null],
      ['A4', 'supplement_requested_late', '2026-01-08', '2026-01-09'],
      ['B1', 'supplement_more_than_once', '2026-01-20', '2026-01-06'],
      ['B2', 'overdue_open', '2026-01-03', null],
    ]);
    // 8 counted, 5 not on time: 20 × 3/8 = 7.5.
    expect(fromWall.groups.progress).toMatchObject({ received: 8, onTime: 3, notOnTime: 5, score: 7.5 });
    expect(fromWall.byUnit.map((u) => [u.unit, u.groups.progress.lost.map((l) => l.code)])).toEqual([
      ['Chưa xác định đơn vị', []],
      ['Phường A', ['A2', 'A3', 'A4']],
      ['Phường B', ['B1', 'B2']],
    ]);
  });

  it('lists a dossier not received online only where C is under 50%: in its unit, not in the whole', () => {
    // Received in January: the whole has 2 online of 7 (C = 2/7), and A2, A3, A4, B1 are for procedures offered
    // online (C1's P3 is not); Phường B has B3
    // online of B1, B3 (B2 is carried over; C = 1/2, no loss), Phường A has A1 of A1–A4 (C = 1/4: A2–A4 lose points).
    expect(fromText.groups.online.lost.map((l) => l.code)).toEqual(['A2', 'A3', 'A4', 'B1']);
    const online = (unit: string) => fromText.byUnit.find((u) => u.unit === unit)?.groups.online;
    expect(online('Phường A')?.lost.map((l) => l.code)).toEqual(['A2', 'A3', 'A4']);
    expect(online('Phường B')).toMatchObject({ receivedNew: 2, receivedOnline: 1, C: 0.5, lost: [] });
  });
});
