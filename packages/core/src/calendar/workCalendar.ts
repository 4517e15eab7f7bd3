import type { CalendarDay } from './calendarDay';

/** A working session (half-day), local wall-clock times `HH:mm`. */
export interface WorkingSession {
  start: string;
  end: string;
}

export interface WorkCalendarOptions {
  extraDays?: CalendarDay[];
  workingHours?: WorkingSession[];
  sameDayCutoff?: string;
}

export interface WorkCalendar {
  isWorkingDay(dayMs: number): boolean;
  addWorkingHours(startMs: number, hours: number): number;
  addWorkingDays(startMs: number, days: number): number;
  workingMillisBetween(aMs: number, bMs: number): number;
  sameDayDue(receivedMs: number): number;
  extendForPause(dueMs: number, pausedFromMs: number, resumedAtMs: number): number;
  sessionAt(ms: number): { start: number; end: number } | undefined;
  daysOff(year: number): CalendarDay[];
}

export function createWorkCalendar(options?: WorkCalendarOptions): WorkCalendar {
  void options;
  throw new Error('not implemented');
}
