import type { CalendarDay } from './calendarDay';

export const officialDaysOff: readonly CalendarDay[] = [];
