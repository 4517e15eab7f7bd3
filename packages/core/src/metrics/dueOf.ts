import type { WorkCalendar } from '../calendar/index';
import type { TimeLimit } from '../schemas/catalog';
import { toWall } from '../time/index';
import type { MetricsDossier } from './context';

// domain.md §5 (due-date arithmetic), docs/domain-decisions.md ("What real systems leave out"): the
// due time a dossier is judged against — its own due date, else its procedure's time limit in the
// catalog counted from its receipt, else none (counted within deadline / on time, the portal's rule).

/**
 * The due time of a dossier received at `receivedMs` under a time limit of working time:
 * N working days or hours added by the calendar (a start outside working hours moves to the next
 * session); 0 working days is a same-day procedure, due the end of that working day when received
 * before the cut-off (15:00), else the end of the next working day.
 *
 * @param receivedMs - wall milliseconds of the receipt
 * @param limit - the procedure's time limit
 * @param calendar - the working calendar of the run
 * @returns wall milliseconds of the due time
 * @example
 * // received Friday 2026-04-24 14:00, 3 working days; 27/4 (Giỗ Tổ), 30/4 and 1/5 are off
 * formatLocalDateTime(dueFromTimeLimit(toWall('2026-04-24T14:00'), { amount: 3, unit: 'workingDays' }, createWorkCalendar()))
 * // '2026-05-04T14:00:00'
 */
export function dueFromTimeLimit(receivedMs: number, limit: TimeLimit, calendar: WorkCalendar): number {
  if (limit.unit === 'workingHours') return calendar.addWorkingHours(receivedMs, limit.amount);
  if (limit.amount === 0) return calendar.sameDayDue(receivedMs);
  return calendar.addWorkingDays(receivedMs, limit.amount);
}

/**
 * The due time of a dossier, wall milliseconds: `dueAt`, else the time limit of its procedure
 * (`limit`, found in the catalog) counted from `receivedAt` (an assumption: `dueAt` is empty),
 * else `undefined`.
 */
export function dueOf(d: MetricsDossier, limit: TimeLimit | undefined, calendar: WorkCalendar): number | undefined {
  if (d.dueAt !== undefined) return toWall(d.dueAt);
  if (limit === undefined || d.receivedAt === undefined) return undefined;
  return dueFromTimeLimit(toWall(d.receivedAt), limit, calendar);
}
