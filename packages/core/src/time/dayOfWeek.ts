/**
 * Day of the week of a wall time.
 *
 * @param ms - wall milliseconds
 * @returns 0 = Sunday … 6 = Saturday
 * @example dayOfWeek(toWall('2026-01-07')) // 3 (a Wednesday)
 */
export function dayOfWeek(ms: number): number {
  return new Date(ms).getUTCDay();
}
