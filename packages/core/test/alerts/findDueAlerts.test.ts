import { describe, expect, it } from 'vitest';
import { UsageError, createWorkCalendar, type Dossier } from '../../src/index';
import { findDueAlerts } from '../../src/alerts/findDueAlerts';
import { once, wall } from '../_dossier';

const calendar = createWorkCalendar();
const open = (code: string, dueAt: string, status: Dossier['status'] = 'processing'): Dossier => ({
  code,
  procedureName: 'Chứng thực bản sao',
  channel: 'direct',
  status,
  receivedAt: '2026-01-12T08:00:00',
  dueAt,
});

describe('findDueAlerts', () => {
  it('counts working days over a weekend (Thu 15/01/2026 → Mon 19/01/2026)', () => {
    const d = [open('D1', '2026-01-19T17:00:00')];
    // 2 working days from Thu 07:00 end on Fri 17:00: Monday is beyond.
    expect(findDueAlerts(d, { asOf: '2026-01-15T07:00', withinDays: 2, calendar })).toEqual([]);
    // 3 working days reach Mon 17:00; the working days left are Fri and Mon.
    const [alert] = findDueAlerts(d, { asOf: '2026-01-15T07:00', withinDays: 3, calendar });
    expect(alert).toMatchObject({ code: 'D1', state: 'dueSoon', workingDays: 2 });
  });

  it('is overdue from the day after the due date, counting only working days', () => {
    const d = [open('D2', '2026-01-16T17:00:00')];
    expect(findDueAlerts(d, { asOf: '2026-01-16T18:00', withinDays: 0, calendar })[0]).toMatchObject({ state: 'dueSoon', workingDays: 0 });
    // Due Friday, run Monday: Saturday and Sunday do not count.
    expect(findDueAlerts(d, { asOf: '2026-01-19T07:00', withinDays: 0, calendar })[0]).toMatchObject({ state: 'overdue', workingDays: 1 });
  });

  it('leaves out ended, not yet accepted and (by default) paused dossiers', () => {
    const d = [
      open('E1', '2026-01-14T17:00:00', 'returned'),
      { ...open('E2', '2026-01-14T17:00:00', 'registered'), receivedAt: undefined },
      open('E3', '2026-01-14T17:00:00', 'supplementRequested'),
    ];
    expect(findDueAlerts(d, { asOf: '2026-01-19T07:00', calendar })).toEqual([]);
    expect(findDueAlerts(d, { asOf: '2026-01-19T07:00', calendar, includePaused: true }).map((a) => a.code)).toEqual(['E3']);
  });

  it('gives the same alerts from wall dates, read once, its dates as texts', () => {
    // Run Mon 19/01 07:00: D3 due Fri 16/01 is overdue by 1 working day, D4 due Tue 20/01 is due in 1, D5 (23/01) is beyond 2.
    const d = [open('D5', '2026-01-23T17:00:00'), open('D4', '2026-01-20T17:00:00'), open('D3', '2026-01-16T17:00:00')];
    const fromText = findDueAlerts(d, { asOf: '2026-01-19T07:00', withinDays: 2, calendar });
    expect(fromText.map((a) => [a.code, a.state, a.workingDays, a.receivedAt, a.dueAt])).toEqual([
      ['D3', 'overdue', 1, '2026-01-12T08:00:00', '2026-01-16T17:00:00'],
      ['D4', 'dueSoon', 1, '2026-01-12T08:00:00', '2026-01-20T17:00:00'],
    ]);
    expect(findDueAlerts(once(d.map(wall)), { asOf: '2026-01-19T07:00', withinDays: 2, calendar })).toEqual(fromText);
  });

  it('refuses a negative number of days', () => {
    expect(() => findDueAlerts([], { asOf: '2026-01-19T07:00', withinDays: -1, calendar })).toThrow(UsageError);
  });
});
