import type { Granularity } from '../schemas/enums';
import type { WorkCalendar } from './workCalendar';

export type DueComparison = 'early' | 'onTime' | 'late';

export function compareToDue(endMs: number, dueMs: number, granularity: Granularity, calendar?: WorkCalendar): DueComparison {
  void endMs;
  void dueMs;
  void granularity;
  void calendar;
  throw new Error('not implemented');
}
