// domain.md §3 — every date-time is local Asia/Ho_Chi_Minh (UTC+7) wall-clock time.
// A wall-clock time is held as "wall milliseconds": the local fields read as if they were UTC.
// Arithmetic on them never consults the machine's time zone, so results are the same under any TZ.

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
  // Read from character codes (no regex match, no arrays): this runs for every date of every row
  // of a large import. Same grammar as `YYYY-MM-DD[THH:mm[:ss]]`, ASCII digits only.
  const len = text.length;
  if (len !== 10 && len !== 16 && len !== 19) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  let h = 0;
  let mi = 0;
  let s = 0;
  if (len > 10) {
    if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return undefined;
    h = digits(text, 11, 2);
    mi = digits(text, 14, 2);
    if (len === 19) {
      if (text.charCodeAt(16) !== 58) return undefined;
      s = digits(text, 17, 2);
    }
  }
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  // Date.UTC reads years 0–99 as 1900–1999, which the round trip used to refuse; 2026-02-30 and
  // the like are refused by the length of the month (proleptic Gregorian, as Date counts).
  if (y < 100 || d > daysInMonth(y, mo)) return undefined;
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** `n` ASCII digits from `at` as a number, or -1. */
function digits(text: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/**
 * Reads a local date-time, throwing on bad input (the twin of {@link parseLocalDateTime}).
 *
 * A number is already wall milliseconds (a dossier of the import's store, see `WallDossier`) and
 * is given back as it is.
 *
 * @example toWall('2026-01-07') // wall milliseconds of 07/01/2026 00:00
 */
export function toWall(text: string | number): number {
  if (typeof text === 'number') return text;
  const ms = parseLocalDateTime(text);
  if (ms === undefined) throw new RangeError(`Invalid local date-time: ${text}`);
  return ms;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const YEAR_1000 = Date.UTC(1000, 0, 1);
const YEAR_10000 = Date.UTC(10_000, 0, 1);

/** Formats wall milliseconds as `YYYY-MM-DDTHH:mm:ss`. @example formatLocalDateTime(0) // '1970-01-01T00:00:00' */
export function formatLocalDateTime(ms: number): string {
  // Whole milliseconds of years 1000–9999 (every real case): one flat template of table lookups.
  if (Number.isInteger(ms) && ms >= YEAR_1000 && ms < YEAR_10000) {
    const d = new Date(ms);
    return `${d.getUTCFullYear()}-${TWO[d.getUTCMonth() + 1]}-${TWO[d.getUTCDate()]}T${TWO[d.getUTCHours()]}:${TWO[d.getUTCMinutes()]}:${TWO[d.getUTCSeconds()]}`;
  }
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
