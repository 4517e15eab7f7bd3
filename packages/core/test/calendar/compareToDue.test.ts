import { describe, expect, it } from 'vitest';
import { compareToDue, createWorkCalendar } from '../../src/calendar/index';
import { toWall } from '../../src/time/index';

const at = toWall;

describe('compareToDue', () => {
  it('date: compares the calendar dates only', () => {
    const due = at('2026-01-07T08:00');
    expect(compareToDue(at('2026-01-07T23:00'), due, 'date')).toBe('onTime');
    expect(compareToDue(at('2026-01-06T23:59'), due, 'date')).toBe('early');
    expect(compareToDue(at('2026-01-08T00:30'), due, 'date')).toBe('late');
  });

  it('datetime: on time only at the same instant', () => {
    const due = at('2026-01-07T17:00');
    expect(compareToDue(due, due, 'datetime')).toBe('onTime');
    expect(compareToDue(at('2026-01-07T16:59'), due, 'datetime')).toBe('early');
    expect(compareToDue(at('2026-01-07T17:01'), due, 'datetime')).toBe('late');
  });

  it('halfDay: on time inside the session of the due time', () => {
    const afternoon = at('2026-01-07T17:00');
    expect(compareToDue(at('2026-01-07T13:29'), afternoon, 'halfDay')).toBe('early');
    expect(compareToDue(at('2026-01-07T13:30'), afternoon, 'halfDay')).toBe('onTime');
    expect(compareToDue(at('2026-01-07T17:00'), afternoon, 'halfDay')).toBe('onTime');
    expect(compareToDue(at('2026-01-07T17:01'), afternoon, 'halfDay')).toBe('late');
    const morning = at('2026-01-07T10:00');
    expect(compareToDue(at('2026-01-07T06:59'), morning, 'halfDay')).toBe('early');
    expect(compareToDue(at('2026-01-07T11:00'), morning, 'halfDay')).toBe('onTime');
    expect(compareToDue(at('2026-01-07T11:31'), morning, 'halfDay')).toBe('late');
  });

  it('halfDay: a due time outside the sessions uses the last session ending at or before it', () => {
    // Due 18:00 → the afternoon 13:30–17:00; an end up to the due time itself is not late.
    const evening = at('2026-01-07T18:00');
    expect(compareToDue(at('2026-01-07T13:00'), evening, 'halfDay')).toBe('early');
    expect(compareToDue(at('2026-01-07T17:30'), evening, 'halfDay')).toBe('onTime');
    expect(compareToDue(at('2026-01-07T18:30'), evening, 'halfDay')).toBe('late');
    // Due at lunch → the morning session.
    const lunch = at('2026-01-07T12:00');
    expect(compareToDue(at('2026-01-07T06:00'), lunch, 'halfDay')).toBe('early');
    expect(compareToDue(at('2026-01-07T11:45'), lunch, 'halfDay')).toBe('onTime');
    expect(compareToDue(at('2026-01-07T12:30'), lunch, 'halfDay')).toBe('late');
    // Due Sat 03/01/2026 → the afternoon of Wed 31/12/2025 (01/01 holiday, 02/01 day off).
    const saturday = at('2026-01-03T12:00');
    expect(compareToDue(at('2025-12-31T13:00'), saturday, 'halfDay')).toBe('early');
    expect(compareToDue(at('2025-12-31T14:00'), saturday, 'halfDay')).toBe('onTime');
    expect(compareToDue(at('2026-01-03T13:00'), saturday, 'halfDay')).toBe('late');
  });

  it('halfDay: uses the given calendar', () => {
    const oneSession = createWorkCalendar({ workingHours: [{ start: '08:00', end: '16:00' }] });
    const due = at('2026-01-07T10:00');
    expect(compareToDue(at('2026-01-07T07:30'), due, 'halfDay', oneSession)).toBe('early');
    expect(compareToDue(at('2026-01-07T15:00'), due, 'halfDay', oneSession)).toBe('onTime');
    expect(compareToDue(at('2026-01-07T16:30'), due, 'halfDay', oneSession)).toBe('late');
  });
});
