// domain.md §3 — every date-time is local Asia/Ho_Chi_Minh (UTC+7) wall-clock time.
// A wall-clock time is held as "wall milliseconds": the local fields read as if they were UTC.
// Arithmetic on them never consults the machine's time zone, so results are the same under any TZ.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/**
 * Reads a local date or date-time (`2025-12-25` or `2025-12-25T08:30[:00]`) as wall milliseconds.
 *
 * @param text - the local date-time, without offset
 * @returns wall milliseconds, or `undefined` when the text is not a valid date-time
 * @example parseLocalDateTime('1970-01-02T00:00') // 86400000
 */
export function parseLocalDateTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return undefined; // 2026-02-30 and the like
  }
  return ms;
}

/**
 * Reads a local date-time, throwing on bad input (the twin of {@link parseLocalDateTime}).
 *
 * @example toWall('2026-01-07') // wall milliseconds of 07/01/2026 00:00
 */
export function toWall(text: string): number {
  const ms = parseLocalDateTime(text);
  if (ms === undefined) throw new RangeError(`Invalid local date-time: ${text}`);
  return ms;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Formats wall milliseconds as `YYYY-MM-DDTHH:mm:ss`. @example formatLocalDateTime(0) // '1970-01-01T00:00:00' */
export function formatLocalDateTime(ms: number): string {
  const d = new Date(ms);
  return `${formatLocalDate(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Formats wall milliseconds as `YYYY-MM-DD`. @example formatLocalDate(0) // '1970-01-01' */
export function formatLocalDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Midnight of the wall day that contains `ms`. @example startOfDay(toWall('2026-01-07T10:00')) === toWall('2026-01-07') */
export function startOfDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

/** Day of the week of a wall time, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(ms: number): number {
  return new Date(ms).getUTCDay();
}
