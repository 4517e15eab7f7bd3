import { InputError, UsageError, coreInputErrors, coreUsageErrors } from '../errors/index';
import { MS_PER_DAY, MS_PER_MINUTE, dayOfWeek, formatLocalDate, startOfDay } from '../time/index';
import type { CalendarDay, CalendarDayKind } from './calendarDay';
import { daysOffForYear } from './daysOffForYear';
import { parseHourMinute, parseSessions } from './_lib/sessions';

/** A working session (half-day), local wall-clock times `HH:mm`. */
export interface WorkingSession {
  start: string;
  end: string;
}

/** Options of {@link createWorkCalendar}. */
export interface WorkCalendarOptions {
  /** Extra special days (e.g. from {@link parseDaysOffCsv}); they replace the shipped days of the same date. Default none. */
  extraDays?: CalendarDay[];
  /** Working sessions of a working day. Default 07:00–11:30 and 13:30–17:00 (8 hours). */
  workingHours?: WorkingSession[];
  /** Same-day procedures received at or after this time are due the next working day. Default `'15:00'`. */
  sameDayCutoff?: string;
}

/** An interval of wall milliseconds, `start` < `end`. */
export interface WallInterval {
  start: number;
  end: number;
}

/**
 * Working-time arithmetic on wall milliseconds (see src/time). Conventions:
 * - A start outside working hours first moves to the next session start (after the last
 *   session → the first session of the next working day; lunch → the afternoon start).
 * - A result landing exactly on a session end stays there: 07:00 + 1 working day = 17:00 the
 *   same day; 08:00 + 1 working day = 08:00 the next working day.
 * - 1 working day = the total length of the day's sessions (8 hours by default).
 */
export interface WorkCalendar {
  /** Monday–Friday minus holidays and days off, plus make-up Saturdays, for the day containing `dayMs`. */
  isWorkingDay(dayMs: number): boolean;
  /** `startMs` + `hours` of working time (fractions allowed, ≥ 0). */
  addWorkingHours(startMs: number, hours: number): number;
  /** `startMs` + `days` working days, a day being the working hours of a day (8 h by default). */
  addWorkingDays(startMs: number, days: number): number;
  /** Working time, in milliseconds, between two instants (0 if `bMs` ≤ `aMs`). */
  workingMillisBetween(aMs: number, bMs: number): number;
  /** Due time of a same-day procedure: received before the cut-off on a working day → end of that day, else end of the next working day. */
  sameDayDue(receivedMs: number): number;
  /** Moves a due time by the working time between `pausedFromMs` and `resumedAtMs` (supplement requested). */
  extendForPause(dueMs: number, pausedFromMs: number, resumedAtMs: number): number;
  /** The session (half-day) containing `ms`, both ends included, or `undefined` outside working time. */
  sessionAt(ms: number): WallInterval | undefined;
  /** {@link sessionAt}, else the last session that ends at or before `ms` (`undefined` if none within ten years). */
  sessionAtOrBefore(ms: number): WallInterval | undefined;
  /** The special days of a year ({@link daysOffForYear} with this calendar's extra days). */
  daysOff(year: number): CalendarDay[];
}

const DEFAULT_SESSIONS: WorkingSession[] = [
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
];
/** No run of non-working days is longer than this: beyond it the calendar is broken. */
const MAX_DAYS_SEARCHED = 3660;

/**
 * Creates a working calendar: working days (official schedule, computed holidays, extra days)
 * and working sessions. Every method takes and returns wall milliseconds (src/time).
 *
 * @param options - extra days, working hours, same-day cut-off; see {@link WorkCalendarOptions}
 * @returns the calendar
 * @throws InputError when the working hours or the cut-off are malformed
 * @example
 * const cal = createWorkCalendar();
 * formatLocalDateTime(cal.addWorkingDays(toWall('2026-01-09T08:00'), 1)) // '2026-01-10T08:00:00' (make-up Saturday)
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const sessions = parseSessions(options.workingHours ?? DEFAULT_SESSIONS);
  const cutoffText = options.sameDayCutoff ?? '15:00';
  const cutoffMin = parseHourMinute(cutoffText);
  if (cutoffMin === undefined) {
    throw new InputError(coreInputErrors.invalid_same_day_cutoff, { path: { key: 'sameDayCutoff' }, params: { value: String(cutoffText) } });
  }
  const extraDays = [...(options.extraDays ?? [])];
  const msPerWorkingDay = sessions.reduce((sum, s) => sum + (s.endMin - s.startMin), 0) * MS_PER_MINUTE;
  const lastEndMin = sessions[sessions.length - 1]?.endMin ?? 0;
  const kindsByYear = new Map<number, Map<string, CalendarDayKind>>();

  const kindOn = (day: number): CalendarDayKind | undefined => {
    const year = new Date(day).getUTCFullYear();
    let kinds = kindsByYear.get(year);
    if (!kinds) {
      kinds = new Map(daysOffForYear(year, extraDays).map((d) => [d.date, d.kind]));
      kindsByYear.set(year, kinds);
    }
    return kinds.get(formatLocalDate(day));
  };

  // Due-date arithmetic asks about the same few days again and again: each day is worked out once.
  const workingByDay = new Map<number, boolean>();
  const isWorkingDay = (dayMs: number): boolean => {
    const day = startOfDay(dayMs);
    let working = workingByDay.get(day);
    if (working === undefined) {
      const kind = kindOn(day);
      const dow = dayOfWeek(day);
      working = kind === 'holiday' || kind === 'dayOff' ? false : kind === 'makeUpWorkday' ? true : dow >= 1 && dow <= 5;
      workingByDay.set(day, working);
    }
    return working;
  };

  const sessionsOn = (day: number): WallInterval[] =>
    isWorkingDay(day)
      ? sessions.map((s) => ({ start: day + s.startMin * MS_PER_MINUTE, end: day + s.endMin * MS_PER_MINUTE }))
      : [];

  const noWorkingDay = (ms: number): never => {
    throw new InputError(coreInputErrors.no_working_day, { params: { days: MAX_DAYS_SEARCHED, date: formatLocalDate(ms) } });
  };

  /** Calls `visit` with each piece of working time from `fromMs` on, until it returns true. */
  const walkForward = (fromMs: number, visit: (piece: WallInterval) => boolean): void => {
    let idle = 0;
    for (let day = startOfDay(fromMs); ; day += MS_PER_DAY) {
      const today = sessionsOn(day);
      idle = today.length === 0 ? idle + 1 : 0;
      if (idle > MAX_DAYS_SEARCHED) noWorkingDay(fromMs);
      for (const s of today) {
        if (s.end > fromMs && visit({ start: Math.max(s.start, fromMs), end: s.end })) return;
      }
    }
  };

  const addWorkingMillis = (startMs: number, amount: number): number => {
    let remaining = amount;
    let result = startMs;
    walkForward(startMs, (piece) => {
      if (remaining <= piece.end - piece.start) {
        result = piece.start + remaining;
        return true;
      }
      remaining -= piece.end - piece.start;
      return false;
    });
    return result;
  };

  const checkAmount = (value: number, wording: typeof coreUsageErrors.invalid_working_days_amount | typeof coreUsageErrors.invalid_working_hours_amount): void => {
    if (!Number.isFinite(value) || value < 0) throw new UsageError(wording, { params: { value: String(value) } });
  };

  const workingMillisBetween = (aMs: number, bMs: number): number => {
    let total = 0;
    for (let day = startOfDay(aMs); day < bMs; day += MS_PER_DAY) {
      for (const s of sessionsOn(day)) total += Math.max(0, Math.min(s.end, bMs) - Math.max(s.start, aMs));
    }
    return total;
  };

  const sessionAt = (ms: number): WallInterval | undefined =>
    sessionsOn(startOfDay(ms)).find((s) => s.start <= ms && ms <= s.end);

  const nextWorkingDay = (day: number): number => {
    for (let d = day + MS_PER_DAY, n = 0; n < MAX_DAYS_SEARCHED; d += MS_PER_DAY, n += 1) {
      if (isWorkingDay(d)) return d;
    }
    return noWorkingDay(day);
  };

  return {
    isWorkingDay,
    addWorkingHours(startMs, hours) {
      checkAmount(hours, coreUsageErrors.invalid_working_hours_amount);
      return addWorkingMillis(startMs, Math.round(hours * 3_600_000));
    },
    addWorkingDays(startMs, days) {
      checkAmount(days, coreUsageErrors.invalid_working_days_amount);
      return addWorkingMillis(startMs, Math.round(days * msPerWorkingDay));
    },
    workingMillisBetween,
    sameDayDue(receivedMs) {
      const day = startOfDay(receivedMs);
      const sameDay = isWorkingDay(day) && receivedMs - day < cutoffMin * MS_PER_MINUTE;
      return (sameDay ? day : nextWorkingDay(day)) + lastEndMin * MS_PER_MINUTE;
    },
    extendForPause(dueMs, pausedFromMs, resumedAtMs) {
      const paused = workingMillisBetween(pausedFromMs, resumedAtMs);
      return paused === 0 ? dueMs : addWorkingMillis(dueMs, paused);
    },
    sessionAt,
    sessionAtOrBefore(ms) {
      const here = sessionAt(ms);
      if (here) return here;
      for (let day = startOfDay(ms), n = 0; n <= MAX_DAYS_SEARCHED; day -= MS_PER_DAY, n += 1) {
        const before = sessionsOn(day).filter((s) => s.end <= ms);
        if (before.length > 0) return before[before.length - 1];
      }
      return undefined;
    },
    daysOff(year) {
      return daysOffForYear(year, extraDays);
    },
  };
}
