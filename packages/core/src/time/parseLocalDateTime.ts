import { digits } from './_lib/civil';
import { wallTime } from './wallTime';

/**
 * Reads a local date or date-time (`2025-12-25`, `2025-12-25T08:30` or `2025-12-25T08:30:00`,
 * without offset: local Asia/Ho_Chi_Minh time) as wall milliseconds. Only real dates and times
 * of the years 0100–9999 are read: `2026-02-29`, `2025-04-31` or `2025-12-25T24:00` are not.
 *
 * @param text - the local date-time, ASCII digits, nothing around it
 * @returns wall milliseconds, or `undefined` when the text is not a real date-time of that form
 * @example
 * parseLocalDateTime('1970-01-02T00:00') // 86400000
 * parseLocalDateTime('2024-02-29') // Date.UTC(2024, 1, 29)
 * parseLocalDateTime('2026-02-29') // undefined
 */
export function parseLocalDateTime(text: string): number | undefined {
  // Read from character codes (no regex match, no arrays): this runs for every date of every row
  // of a large import.
  const len = text.length;
  if (len !== 10 && len !== 16 && len !== 19) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (len === 10) return wallTime(y, mo, d);
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return undefined;
  const h = digits(text, 11, 2);
  const mi = digits(text, 14, 2);
  if (len === 16) return wallTime(y, mo, d, h, mi);
  return text.charCodeAt(16) === 58 ? wallTime(y, mo, d, h, mi, digits(text, 17, 2)) : undefined;
}
