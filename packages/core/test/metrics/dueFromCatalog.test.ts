import { describe, expect, it } from 'vitest';
import {
  computeMetrics,
  computeServiceIndex,
  createWorkCalendar,
  formatLocalDateTime,
  toWall,
  warningsWithCatalogDues,
  type Dossier,
  type ProcedureCatalog,
  type RowIssue,
} from '../../src/index';
import { dueFromTimeLimit } from '../../src/metrics/dueOf';
import { dossier } from '../_dossier';

// docs/domain-decisions.md ("What real systems leave out"): no due date → the procedure's time
// limit in the catalog, counted from the receipt by the working calendar; else within deadline.
// The days off of 2026 (packages/core/data/official-days-off.csv): Sun 26/4 Giỗ Tổ, Mon 27/4 its
// day off, Thu 30/4 and Fri 1/5 holidays; Tết from Mon 16/2 to Fri 20/2.

const calendar = createWorkCalendar();
const due = (received: string, amount: number, unit: 'workingDays' | 'workingHours' = 'workingDays') =>
  formatLocalDateTime(dueFromTimeLimit(toWall(received), { amount, unit }, calendar));

describe('dueFromTimeLimit (domain.md §5)', () => {
  it('adds working days across the days off of Giỗ Tổ and 30/4–1/5', () => {
    // Fri 24/4 14:00–17:00 = 3 h; Tue 28 and Wed 29 = 16 h (19 h); Mon 4/5 07:00–11:30 = 4.5 h
    // (23.5 h), then 0.5 h after 13:30: 24 h = 3 working days at 14:00.
    expect(due('2026-04-24T14:00', 3)).toBe('2026-05-04T14:00:00');
    // Across Tết: Fri 13/2 15:30–17:00 = 1.5 h; Mon 23 and Tue 24 = 16 h (17.5 h); Wed 25 07:00–11:30 (22 h), 13:30 + 2 h.
    expect(due('2026-02-13T15:30', 3)).toBe('2026-02-25T15:30:00');
    // Received on a Saturday: the clock starts on the next working day (Mon 4/5 07:00), 1 day later.
    expect(due('2026-05-02T09:00', 1)).toBe('2026-05-04T17:00:00');
  });

  it('takes 0 working days as a same-day procedure (the 15:00 rule)', () => {
    expect(due('2026-04-24T14:59', 0)).toBe('2026-04-24T17:00:00');
    // after 15:00 on Friday → the end of the next working day, Tue 28/4 (Mon 27/4 is off)
    expect(due('2026-04-24T15:10', 0)).toBe('2026-04-28T17:00:00');
  });

  it('adds working hours: Wed 29/4 15:00–17:00 = 2 h, then Mon 4/5 07:00 + 2 h', () => {
    expect(due('2026-04-29T15:00', 4, 'workingHours')).toBe('2026-05-04T09:00:00');
  });
});

const catalog: ProcedureCatalog = [
  { code: 'P3', name: 'Ba ngày', field: 'Hộ tịch', serviceLevel: 'none', timeLimit: { amount: 3, unit: 'workingDays' } },
  { code: 'P0', name: 'Trong ngày', field: 'Chứng thực', serviceLevel: 'none', timeLimit: { amount: 0, unit: 'workingDays' } },
  { code: 'PX', name: 'Không rõ thời hạn', field: 'Hộ tịch', serviceLevel: 'none' },
];
const noDue = (code: string, procedureCode: string, fields: Partial<Dossier>): Dossier => {
  const d = dossier({ code, procedureCode, procedureName: procedureCode, receivedAt: '2026-04-24T14:00:00', submittedAt: '2026-04-24T14:00:00', ...fields });
  delete d.dueAt;
  return d;
};
// Due from the catalog: P3 received Fri 24/4 14:00 → Mon 4/5 14:00; P0 received 15:10 → Tue 28/4 17:00.
const dossiers = [
  noDue('A', 'P3', { status: 'returned', returnedAt: '2026-05-04T15:00:00' }), // due day itself: on time (date)
  noDue('B', 'P3', { status: 'returned', returnedAt: '2026-04-29T10:00:00' }), // early
  noDue('C', 'P3', { status: 'processed', finishedAt: '2026-05-05T08:00:00' }), // late
  noDue('D', 'P3', { status: 'processing' }), // open, due 4/5 before the period's last day 5/5: overdue
  noDue('E', 'PX', { status: 'processing' }), // no time limit: within deadline (the portal's rule)
  noDue('F', 'P0', { status: 'returned', receivedAt: '2026-04-24T15:10:00', returnedAt: '2026-04-28T16:00:00' }), // on time
  noDue('G', 'P0', { status: 'returned', receivedAt: '2026-04-24T15:10:00', returnedAt: '2026-04-29T08:00:00' }), // late
  // Its own due date wins over the catalog's time limit: due 24/4 17:00, returned 29/4 → late.
  dossier({ code: 'H', procedureCode: 'P3', status: 'returned', receivedAt: '2026-04-24T14:00:00', dueAt: '2026-04-24T17:00:00', returnedAt: '2026-04-29T10:00:00' }),
];
const period = { from: '2026-04-01', to: '2026-05-05' };

describe('computeMetrics with a catalog that gives time limits', () => {
  it('judges dossiers without a due date against receipt + the time limit', () => {
    const m = computeMetrics(dossiers, { period, catalog });
    expect(m.resolved).toEqual({ total: 6, early: 1, onTime: 2, late: 3, withdrawnOrRejected: 0 });
    expect(m.inProgress).toMatchObject({ total: 2, withinDeadline: 1, overdue: 1 });
  });

  it('at datetime, returned at 15:00 on a due day ending 14:00 is late', () => {
    const m = computeMetrics([dossiers[0] as Dossier], { period, catalog, granularity: 'datetime' });
    expect(m.resolved).toMatchObject({ late: 1, onTime: 0 });
  });

  it('without a time limit (or without the catalog) counts them on time / within deadline, as before', () => {
    const m = computeMetrics(dossiers, { period });
    expect(m.resolved).toEqual({ total: 6, early: 0, onTime: 5, late: 1, withdrawnOrRejected: 0 });
    expect(m.inProgress).toMatchObject({ total: 2, withinDeadline: 2, overdue: 0 });
  });

  it("turns the import's assumed_within_deadline of those dossiers into assumed_due_from_catalog, naming the due time", () => {
    const warnings: RowIssue[] = ['A', 'E', 'F'].map((code, i) => ({
      code: 'assumed_within_deadline',
      path: { file: 'x.csv', row: i + 2 },
      dossierCode: code,
      field: 'dueAt',
    }));
    const m = computeMetrics(dossiers, { period, catalog, warnings });
    expect(m.warnings.map((w) => [w.dossierCode, w.code, w.input])).toEqual([
      ['A', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['E', 'assumed_within_deadline', undefined],
      ['F', 'assumed_due_from_catalog', '2026-04-28T17:00:00'],
    ]);
    expect(m.warnings[0]?.message.en).toBe(
      "x.csv, row 2: no due date; counted from the receipt by the procedure's time limit in the catalog — dossier A, field dueAt, value \"2026-05-04T14:00:00\"",
    );
  });

  it('warningsWithCatalogDues (tthc import --catalog) gives the warnings the figures list', () => {
    const warnings: RowIssue[] = dossiers
      .filter((d) => d.dueAt === undefined)
      .map((d, i) => ({ code: 'assumed_within_deadline', path: { file: 'x.csv', row: i + 2 }, dossierCode: d.code, field: 'dueAt' }));
    const listed = warningsWithCatalogDues(dossiers, warnings, { catalog, calendar });
    expect(listed.map((w) => [w.dossierCode, w.code, w.input])).toEqual([
      ['A', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['B', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['C', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['D', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['E', 'assumed_within_deadline', undefined],
      ['F', 'assumed_due_from_catalog', '2026-04-28T17:00:00'],
      ['G', 'assumed_due_from_catalog', '2026-04-28T17:00:00'],
    ]);
    expect(computeMetrics(dossiers, { period, catalog, calendar, warnings }).warnings.map(({ message, ...w }) => w)).toEqual(listed);
    expect(warningsWithCatalogDues(dossiers, warnings, {})).toBe(warnings);
  });

  it('uses the same due dates in the QĐ 766 progress group', () => {
    const index = computeServiceIndex(dossiers, { period, catalog });
    const lost = index.groups.progress.lost.map((l) => [l.code, l.reason, l.dueDate]);
    expect(lost).toEqual([
      ['C', 'late', '2026-05-04'],
      ['D', 'overdue_open', '2026-05-04'],
      ['G', 'late', '2026-04-28'],
      ['H', 'late', '2026-04-24'],
    ]);
  });
});
