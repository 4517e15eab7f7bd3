import { parseLocalDateTime } from './parseLocalDateTime';

/**
 * Reads a local calendar date `YYYY-MM-DD` (a real date of the years 0100–9999) as the wall
 * milliseconds of its midnight. A date-time, or anything that is not a string, is refused.
 *
 * @param text - the date
 * @returns wall milliseconds of 00:00 that day, or `undefined` when `text` is not a real date
 * @example
 * parseLocalDate('2024-02-29') // Date.UTC(2024, 1, 29)
 * parseLocalDate('2025-02-29') // undefined
 * parseLocalDate('2024-02-29T08:00') // undefined
 */
export function parseLocalDate(text: string): number | undefined {
  return typeof text === 'string' && text.length === 10 ? parseLocalDateTime(text) : undefined;
}
