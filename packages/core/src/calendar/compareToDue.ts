import type { Granularity } from '../schemas/enums';
import { startOfDay } from '../time/index';
import { createWorkCalendar, type WorkCalendar } from './workCalendar';

/** How an end time compares with its due time. */
export type DueComparison = 'early' | 'onTime' | 'late';

let defaultCalendar: WorkCalendar | undefined;

/**
 * Classifies an end time against its due time (domain.md §7) at a granularity:
 * - `date` (default of the metrics): end date before / equal to / after the due date.
 * - `datetime`: before / the same instant / after.
 * - `halfDay`: `onTime` inside the working session (half-day, both ends included) that contains
 *   the due time, `early` before its start, `late` after its end. A due time outside every
 *   session uses the last session that ends at or before it (due 18:00 → the afternoon of that
 *   day; due on a Sunday → Friday afternoon); an end not after the due time itself is never
 *   `late`. Without any session in ten years it falls back to `datetime`.
 *
 * @param endMs - end (finished/returned) time, wall milliseconds
 * @param dueMs - due time, wall milliseconds
 * @param granularity - `date`, `datetime` or `halfDay`
 * @param calendar - working calendar for `halfDay` (default: {@link createWorkCalendar}())
 * @returns `early`, `onTime` or `late`
 * @example compareToDue(toWall('2026-01-07T16:00'), toWall('2026-01-07T17:00'), 'halfDay') // 'onTime'
 */
export function compareToDue(endMs: number, dueMs: number, granularity: Granularity, calendar?: WorkCalendar): DueComparison {
  const order = (a: number, b: number): DueComparison => (a < b ? 'early' : a > b ? 'late' : 'onTime');
  if (granularity === 'date') return order(startOfDay(endMs), startOfDay(dueMs));
  if (granularity === 'datetime') return order(endMs, dueMs);
  const session = (calendar ?? (defaultCalendar ??= createWorkCalendar())).sessionAtOrBefore(dueMs);
  if (!session) return order(endMs, dueMs);
  if (endMs < session.start) return 'early';
  return endMs > Math.max(session.end, dueMs) ? 'late' : 'onTime';
}
