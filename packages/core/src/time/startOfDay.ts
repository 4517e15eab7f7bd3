import { MS_PER_DAY } from './units';

/**
 * Midnight of the wall day that contains `ms`.
 *
 * @param ms - wall milliseconds
 * @returns wall milliseconds of 00:00 that day
 * @example startOfDay(toWall('2026-01-07T10:00')) === toWall('2026-01-07')
 */
export function startOfDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}
