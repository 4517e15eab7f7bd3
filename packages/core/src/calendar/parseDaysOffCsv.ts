import type { CalendarDay } from './calendarDay';

export function parseDaysOffCsv(text: string, fileName?: string): CalendarDay[] {
  void text;
  void fileName;
  throw new Error('not implemented');
}
