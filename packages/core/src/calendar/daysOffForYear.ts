import type { CalendarDay } from './calendarDay';

export function daysOffForYear(year: number, extra?: CalendarDay[]): CalendarDay[] {
  void year;
  void extra;
  throw new Error('not implemented');
}
