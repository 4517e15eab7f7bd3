import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/errors';
import { createWorkCalendar } from '../../src/calendar/index';
import { MS_PER_HOUR, formatLocalDateTime, toWall } from '../../src/time/index';

const cal = createWorkCalendar();
const at = (text: string) => toWall(text);
const show = (ms: number) => formatLocalDateTime(ms).slice(0, 16);

// 2026 around New Year (official data): Wed 31/12/2025 works; Thu 01/01 holiday; Fri 02/01 dayOff (swap);
// Sat 03, Sun 04 weekend; Mon 05 – Fri 09 work; Sat 10/01 make-up workday; Sun 11 off.
describe('isWorkingDay', () => {
  it.each([
    ['2025-12-31', true],
    ['2026-01-01', false],
    ['2026-01-02', false],
    ['2026-01-03', false],
    ['2026-01-04', false],
    ['2026-01-05', true],
    ['2026-01-09', true],
    ['2026-01-10', true],
    ['2026-01-11', false],
    ['2026-01-17', false],
  ])('%s → %s', (date, expected) => {
    expect(cal.isWorkingDay(at(date))).toBe(expected);
    expect(cal.isWorkingDay(at(`${date}T15:45`))).toBe(expected);
  });

  it('takes extra days into account', () => {
    const local = createWorkCalendar({ extraDays: [{ date: '2026-01-05', kind: 'dayOff', name: 'Nghỉ địa phương' }] });
    expect(local.isWorkingDay(at('2026-01-05'))).toBe(false);
    expect(show(local.addWorkingDays(at('2025-12-31T08:00'), 1))).toBe('2026-01-06T08:00');
    expect(local.daysOff(2026).find((d) => d.date === '2026-01-05')?.name).toBe('Nghỉ địa phương');
  });
});

describe('addWorkingDays / addWorkingHours', () => {
  it('08:00 + 1 working day = the next working day 08:00, skipping 01/01 (holiday) and 02/01 (day off)', () => {
    expect(show(cal.addWorkingDays(at('2025-12-31T08:00'), 1))).toBe('2026-01-05T08:00');
  });

  it('31/12/2025 08:00 + 2 working days = Tue 06/01/2026 08:00 (7 h on 31/12, then 8 h + 1 h)', () => {
    expect(show(cal.addWorkingDays(at('2025-12-31T08:00'), 2))).toBe('2026-01-06T08:00');
  });

  it('lands on the make-up Saturday 10/01/2026', () => {
    expect(show(cal.addWorkingDays(at('2026-01-09T08:00'), 1))).toBe('2026-01-10T08:00');
    expect(show(cal.addWorkingDays(at('2026-01-09T08:00'), 2))).toBe('2026-01-12T08:00');
  });

  it('a result exactly on a session end stays there: 07:00 + 1 day = 17:00 the same day', () => {
    expect(show(cal.addWorkingDays(at('2026-01-05T07:00'), 1))).toBe('2026-01-05T17:00');
    expect(show(cal.addWorkingHours(at('2026-01-05T07:00'), 4.5))).toBe('2026-01-05T11:30');
  });

  it('moves a start outside working hours to the next session start', () => {
    expect(show(cal.addWorkingHours(at('2025-12-31T18:00'), 4))).toBe('2026-01-05T11:00');
    expect(show(cal.addWorkingHours(at('2026-01-05T06:00'), 1))).toBe('2026-01-05T08:00');
    expect(show(cal.addWorkingHours(at('2026-01-05T12:00'), 1))).toBe('2026-01-05T14:30');
    expect(show(cal.addWorkingHours(at('2026-01-05T11:30'), 4.5))).toBe('2026-01-06T08:00');
    expect(show(cal.addWorkingHours(at('2026-01-05T12:00'), 0))).toBe('2026-01-05T13:30');
    expect(show(cal.addWorkingHours(at('2026-01-05T09:15'), 0))).toBe('2026-01-05T09:15');
  });

  it('crosses lunch and the night', () => {
    expect(show(cal.addWorkingHours(at('2026-01-05T10:30'), 2))).toBe('2026-01-05T14:30');
    expect(show(cal.addWorkingHours(at('2026-01-05T16:00'), 1.5))).toBe('2026-01-06T07:30');
  });

  it('uses the configured sessions: 1 working day = their total length', () => {
    const short = createWorkCalendar({ workingHours: [{ start: '08:00', end: '12:00' }] });
    expect(show(short.addWorkingDays(at('2026-01-05T10:00'), 1))).toBe('2026-01-06T10:00');
    expect(show(short.addWorkingHours(at('2026-01-05T10:00'), 3))).toBe('2026-01-06T09:00');
  });

  it('refuses negative or non-finite amounts', () => {
    expect(() => cal.addWorkingDays(at('2026-01-05T08:00'), -1)).toThrow(UsageError);
    expect(() => cal.addWorkingHours(at('2026-01-05T08:00'), Number.NaN)).toThrow(UsageError);
  });
});

describe('workingMillisBetween', () => {
  it('counts only working sessions of working days', () => {
    expect(cal.workingMillisBetween(at('2025-12-31T08:00'), at('2026-01-05T08:00'))).toBe(8 * MS_PER_HOUR);
    expect(cal.workingMillisBetween(at('2026-01-05T12:00'), at('2026-01-05T13:00'))).toBe(0);
    expect(cal.workingMillisBetween(at('2026-01-05T00:00'), at('2026-01-11T23:59'))).toBe(48 * MS_PER_HOUR);
    expect(cal.workingMillisBetween(at('2026-01-05T10:00'), at('2026-01-05T09:00'))).toBe(0);
  });

  it('is the inverse of addWorkingHours from a working instant', () => {
    const starts = fc.integer({ min: 0, max: 60 * 24 * 4 }).map((m) => at('2025-12-29T07:00') + m * 60_000);
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 200 }), (start, quarterHours) => {
        const hours = quarterHours / 4;
        const end = cal.addWorkingHours(start, hours);
        expect(cal.workingMillisBetween(start, end)).toBe(hours * MS_PER_HOUR);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sessionAt', () => {
  it('returns the half-day containing an instant, ends included', () => {
    const morning = { start: at('2026-01-05T07:00'), end: at('2026-01-05T11:30') };
    expect(cal.sessionAt(at('2026-01-05T09:00'))).toEqual(morning);
    expect(cal.sessionAt(at('2026-01-05T11:30'))).toEqual(morning);
    expect(cal.sessionAt(at('2026-01-05T17:00'))).toEqual({ start: at('2026-01-05T13:30'), end: at('2026-01-05T17:00') });
    expect(cal.sessionAt(at('2026-01-05T12:00'))).toBeUndefined();
    expect(cal.sessionAt(at('2026-01-03T09:00'))).toBeUndefined();
    expect(cal.sessionAt(at('2026-01-10T09:00'))).toEqual({ start: at('2026-01-10T07:00'), end: at('2026-01-10T11:30') });
  });
});

describe('sameDayDue (after 15:00 → next working day)', () => {
  it.each([
    ['2026-01-05T14:59', '2026-01-05T17:00'],
    ['2026-01-05T06:30', '2026-01-05T17:00'],
    ['2026-01-05T15:00', '2026-01-06T17:00'],
    ['2026-01-09T16:00', '2026-01-10T17:00'],
    ['2025-12-31T15:30', '2026-01-05T17:00'],
    ['2026-01-01T09:00', '2026-01-05T17:00'],
  ])('received %s → due %s', (received, due) => {
    expect(show(cal.sameDayDue(at(received)))).toBe(due);
  });

  it('uses the configured cut-off', () => {
    expect(show(createWorkCalendar({ sameDayCutoff: '16:00' }).sameDayDue(at('2026-01-05T15:30')))).toBe('2026-01-05T17:00');
  });
});

describe('extendForPause', () => {
  it('moves the due time by the working time of the pause', () => {
    // Pause 05/01 10:00 → 06/01 10:00 = 1.5 + 3.5 + 3 = 8 h; due 07/01 17:00 + 8 h = 08/01 17:00.
    expect(show(cal.extendForPause(at('2026-01-07T17:00'), at('2026-01-05T10:00'), at('2026-01-06T10:00')))).toBe('2026-01-08T17:00');
    // Pause 31/12 16:00 → 05/01 08:00 = 1 h + 1 h; due 05/01 10:00 + 2 h = 14:00 (lunch skipped).
    expect(show(cal.extendForPause(at('2026-01-05T10:00'), at('2025-12-31T16:00'), at('2026-01-05T08:00')))).toBe('2026-01-05T14:00');
  });

  it('leaves the due time alone when the pause holds no working time', () => {
    expect(show(cal.extendForPause(at('2026-01-05T17:00'), at('2026-01-03T09:00'), at('2026-01-04T09:00')))).toBe('2026-01-05T17:00');
  });
});

describe('options', () => {
  it('refuses malformed working hours and cut-off', () => {
    expect(() => createWorkCalendar({ workingHours: [{ start: '13:30', end: '11:30' }] })).toThrow(InputError);
    expect(() => createWorkCalendar({ workingHours: [{ start: '7h', end: '11:30' }] })).toThrow(/Working session 1 is invalid/);
    expect(() =>
      createWorkCalendar({ workingHours: [{ start: '07:00', end: '12:00' }, { start: '11:00', end: '17:00' }] }),
    ).toThrow(/Working session 2/);
    expect(() => createWorkCalendar({ workingHours: [] })).toThrow(InputError);
    expect(() => createWorkCalendar({ sameDayCutoff: '25:00' })).toThrow(/Invalid same-day cut-off: '25:00'/);
  });
});
