import type { CalendarDay } from './calendarDay';

export function publicHolidays(year: number): CalendarDay[] {
  void year;
  throw new Error('not implemented');
}
