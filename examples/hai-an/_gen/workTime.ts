import { MS_PER_DAY, MS_PER_MINUTE, startOfDay, type WorkCalendar } from '../../../packages/core/src/index';
import type { CatalogProcedure } from './catalog';
import { intBetween, pickWeighted, type Rng } from './prng';

/** The start (00:00) of every working day in [fromMs, toMs). */
export function workingDays(cal: WorkCalendar, fromMs: number, toMs: number): number[] {
  const days: number[] = [];
  for (let day = startOfDay(fromMs); day < toMs; day += MS_PER_DAY) if (cal.isWorkingDay(day)) days.push(day);
  return days;
}

/** A whole-minute instant of working time in [fromMs, toMs), or `undefined` if there is none. */
export function randomWorkingInstant(rng: Rng, cal: WorkCalendar, fromMs: number, toMs: number): number | undefined {
  const minutes = Math.floor(cal.workingMillisBetween(fromMs, toMs) / MS_PER_MINUTE);
  if (minutes < 1) return undefined;
  return cal.addWorkingHours(fromMs, intBetween(rng, 0, minutes - 1) / 60);
}

/** A working instant on one of `days`, the day chosen with `weightOfIndex`, before `latest` (HH:mm as minutes). */
export function randomReceipt(
  rng: Rng,
  cal: WorkCalendar,
  days: readonly number[],
  weightOfIndex: (index: number, count: number) => number,
  latestMinute = 17 * 60,
): number {
  const indexes = days.map((_, i) => i);
  const i = pickWeighted(rng, indexes, (k) => weightOfIndex(k, days.length));
  const day = days[i] as number;
  const at = randomWorkingInstant(rng, cal, day, day + latestMinute * MS_PER_MINUTE);
  if (at === undefined) throw new Error('no working time on a working day');
  return at;
}

/** The due time of a dossier of `p` received at `receivedMs`, from the project's calendar. */
export function dueFor(cal: WorkCalendar, p: CatalogProcedure, receivedMs: number): number {
  return p.days === 0 ? cal.sameDayDue(receivedMs) : cal.addWorkingDays(receivedMs, p.days);
}

/**
 * When the citizen submitted a dossier accepted at `receivedMs`: direct and postal on the same
 * date, shortly before; online within a few working hours (evenings, weekends and holidays
 * before the next working morning included), so that nothing is received late (domain.md §7).
 */
export function submissionFor(rng: Rng, cal: WorkCalendar, channel: 'direct' | 'online' | 'postal', receivedMs: number): number {
  const day = startOfDay(receivedMs);
  if (channel === 'direct') return Math.max(day, receivedMs - intBetween(rng, 0, 20) * MS_PER_MINUTE);
  if (channel === 'postal') return Math.max(day + 390 * MS_PER_MINUTE, receivedMs - intBetween(rng, 10, 90) * MS_PER_MINUTE);
  if (rng() < 0.45) {
    const before = day - intBetween(rng, 1, 4) * MS_PER_DAY;
    const fromMinute = cal.isWorkingDay(before) ? 17 * 60 + 30 : 6 * 60;
    const at = before + intBetween(rng, fromMinute, 23 * 60 + 50) * MS_PER_MINUTE;
    if (cal.workingMillisBetween(at, receivedMs) <= 6 * 60 * MS_PER_MINUTE) return at;
  }
  return Math.max(day + 360 * MS_PER_MINUTE, receivedMs - intBetween(rng, 5, 180) * MS_PER_MINUTE);
}
