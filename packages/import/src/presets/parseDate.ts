// domain.md §3 and the design notes — dates of exports: dd/MM/yyyy, dd/MM/yyyy HH:mm[:ss],
// yyyyMMddHHmmss, ISO, Excel serials; day first, always; never a guess.

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
const MS_PER_DAY = 86_400_000;

/** Which calendar a workbook's serial numbers count from (`<workbookPr date1904="1">`). */
export type DateSystem = '1900' | '1904';

/**
 * An Excel serial number as wall-clock milliseconds (read as UTC+7 local time): days since
 * 30/12/1899 plus the fraction of the day rounded to the second. Excel's 1900 calendar counts a
 * 29/02/1900 that never was: serial 60 is refused, serials below it are one day later.
 *
 * @returns wall milliseconds, or `undefined` for serial 60 and values outside 1900–9999
 */
export function excelSerialToWall(serial: number, system: DateSystem = '1900'): number | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined;
  if (system === '1904') return EXCEL_EPOCH_1904 + Math.round(serial * 86_400) * 1000;
  if (serial >= 60 && serial < 61) return undefined; // 29/02/1900 does not exist
  const shift = serial < 60 ? MS_PER_DAY : 0;
  if (serial < 1) return undefined; // 0 is "00/01/1900"
  return EXCEL_EPOCH_1900 + shift + Math.round(serial * 86_400) * 1000;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:hg](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(SA|CH|AM|PM)?)?$/i;
const TIME_DMY = /^(\d{1,2})[:hg](\d{2})(?::(\d{2}))?\s*(SA|CH|AM|PM)?[ ,]+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function wall(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, half?: string): number | undefined {
  if (half) {
    const pm = /^(pm|ch)$/i.test(half);
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (y < 1900 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  // 31/04, 29/02 of a common year and the like do not exist (Gregorian calendar, as Date counts).
  const monthDays = mo === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d > monthDays ? undefined : daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000;
}

/**
 * Days from 1970-01-01 to a valid Gregorian date (the days of `Date.UTC`, by arithmetic: this
 * runs for every date text of a large export, and `Date.UTC` is several times slower). The
 * proleptic Gregorian count of H. Hinnant's `days_from_civil`, years counted from March.
 */
function daysFromCivil(y: number, mo: number, d: number): number {
  const ym = mo <= 2 ? y - 1 : y;
  const era = Math.floor(ym / 400);
  const yoe = ym - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const n = (s: string | undefined) => (s === undefined ? 0 : Number(s));

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The commonest export form, `dd/MM/yyyy`, `dd/MM/yyyy HH:mm` or `dd/MM/yyyy HH:mm:ss` with
 * two-digit parts, read from character codes; `undefined` sends the text to the full parser.
 */
function fastDmy(t: string): number | undefined {
  const len = t.length;
  if ((len !== 10 && len !== 16 && len !== 19) || t.charCodeAt(2) !== 47 || t.charCodeAt(5) !== 47) return undefined;
  const d = digits2(t, 0);
  const mo = digits2(t, 3);
  const y1 = digits2(t, 6);
  const y2 = digits2(t, 8);
  if (d < 0 || mo < 0 || y1 < 0 || y2 < 0) return undefined;
  if (len === 10) return wall(y1 * 100 + y2, mo, d);
  if (t.charCodeAt(10) !== 32 || t.charCodeAt(13) !== 58) return undefined;
  const h = digits2(t, 11);
  const mi = digits2(t, 14);
  if (h < 0 || mi < 0) return undefined;
  if (len === 16) return wall(y1 * 100 + y2, mo, d, h, mi);
  const sec = t.charCodeAt(16) === 58 ? digits2(t, 17) : -1;
  return sec < 0 ? undefined : wall(y1 * 100 + y2, mo, d, h, mi, sec);
}

/**
 * Reads a date of an export as wall-clock milliseconds (local Asia/Ho_Chi_Minh time). An ISO text
 * with an offset is converted to UTC+7; every other text is already local.
 *
 * @param text - the cell's text
 * @param pattern - a mapping file's `dateFormat` (compiled with {@link compileDatePattern}); when
 *   given, only it is tried
 * @returns wall milliseconds, or `undefined` when the text is not a date in a known form
 * @example parseExportDate('25/12/2025 08:30') === Date.UTC(2025, 11, 25, 8, 30)
 */
export function parseExportDate(text: string, pattern?: DatePattern): number | undefined {
  const t = text.trim();
  if (pattern) return pattern(t);
  const fast = fastDmy(t);
  if (fast !== undefined) return fast;
  let m = DMY.exec(t);
  if (m) return wall(n(m[3]), n(m[2]), n(m[1]), n(m[4]), n(m[5]), n(m[6]), m[7]);
  m = COMPACT.exec(t);
  if (m) return wall(n(m[1]), n(m[2]), n(m[3]), n(m[4]), n(m[5]), n(m[6]));
  m = ISO.exec(t);
  if (m) {
    const ms = wall(n(m[1]), n(m[2]), n(m[3]), n(m[4]), n(m[5]), n(m[6]));
    if (ms === undefined || !m[7]) return ms;
    const sign = m[7] === 'Z' ? 0 : m[7].startsWith('-') ? -1 : 1;
    const off = m[7] === 'Z' ? 0 : sign * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(-2)));
    return ms + (7 * 60 - off) * 60_000;
  }
  m = TIME_DMY.exec(t);
  if (m) return wall(n(m[7]), n(m[6]), n(m[5]), n(m[1]), n(m[2]), n(m[3]), m[4]);
  return undefined;
}

/** A compiled date pattern of a mapping file. */
export type DatePattern = (text: string) => number | undefined;

/**
 * Compiles a date pattern such as `dd/MM/yyyy HH:mm` or `yyyyMMddHHmmss` (tokens `yyyy`, `MM`,
 * `M`, `dd`, `d`, `HH`, `H`, `mm`, `ss`; other characters are literal). A text with only the
 * date part of a date-time pattern is accepted at midnight.
 *
 * @throws Error naming the pattern when it has no year, month or day
 */
export function compileDatePattern(pattern: string): DatePattern {
  const order: string[] = [];
  let source = '';
  let timeAt = -1;
  for (let i = 0; i < pattern.length; ) {
    const token = ['yyyy', 'MM', 'dd', 'HH', 'mm', 'ss', 'M', 'd', 'H'].find((t) => pattern.startsWith(t, i));
    if (token) {
      if ((token === 'HH' || token === 'H') && timeAt === -1) timeAt = source.length;
      order.push(token[0] ?? '');
      source += token === 'yyyy' ? '(\\d{4})' : token.length === 2 ? '(\\d{2})' : '(\\d{1,2})';
      i += token.length;
    } else {
      source += (pattern[i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  if (!order.includes('y') || !order.includes('M') || !order.includes('d')) {
    throw new Error(`dateFormat "${pattern}" needs yyyy, MM and dd`);
  }
  const full = new RegExp(`^${source}$`);
  const dateOnly = timeAt > 0 ? new RegExp(`^${source.slice(0, timeAt).replace(/[^)]*$/, '')}$`) : undefined;
  return (text) => {
    const m = full.exec(text) ?? dateOnly?.exec(text);
    if (!m) return undefined;
    const parts: Record<string, number> = {};
    order.forEach((k, i) => {
      if (m[i + 1] !== undefined) parts[k] = Number(m[i + 1]);
    });
    return wall(parts.y ?? 0, parts.M ?? 0, parts.d ?? 0, parts.H ?? 0, parts.m ?? 0, parts.s ?? 0);
  };
}

const two = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const days = new Map<number, string>();

/**
 * Formats wall milliseconds as the canonical `YYYY-MM-DDTHH:mm:ss`. The date part of each day is
 * made once (exports hold few distinct days and many dossiers per day).
 *
 * @example formatWall(Date.UTC(2026, 0, 5, 8, 3, 9)) // '2026-01-05T08:03:09'
 */
export function formatWall(ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  const t = Math.floor((ms - day * MS_PER_DAY) / 1000);
  return `${datePart(day)}${two[Math.floor(t / 3600)]}:${two[Math.floor(t / 60) % 60]}:${two[t % 60]}`;
}

/** `YYYY-MM-DDT` of a day (days since 1970), made once a day. */
function datePart(day: number): string {
  let date = days.get(day);
  if (date === undefined) {
    const d = new Date(day * MS_PER_DAY);
    date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${two[d.getUTCMonth() + 1]}-${two[d.getUTCDate()]}T`;
    if (days.size < 100_000) days.set(day, date);
  }
  return date;
}

/**
 * Writes {@link formatWall}`(ms)` as ASCII bytes into `out` at `at` (no string made for the
 * time); returns where it ends.
 */
export function writeWall(out: Uint8Array, at: number, ms: number): number {
  const day = Math.floor(ms / MS_PER_DAY);
  const date = datePart(day);
  let p = at;
  for (let k = 0; k < date.length; k++) out[p++] = date.charCodeAt(k);
  const t = Math.floor((ms - day * MS_PER_DAY) / 1000);
  const h = Math.floor(t / 3600);
  const m = Math.floor(t / 60) % 60;
  const s = t % 60;
  out[p++] = 0x30 + Math.floor(h / 10);
  out[p++] = 0x30 + (h % 10);
  out[p++] = 0x3a;
  out[p++] = 0x30 + Math.floor(m / 10);
  out[p++] = 0x30 + (m % 10);
  out[p++] = 0x3a;
  out[p++] = 0x30 + Math.floor(s / 10);
  out[p++] = 0x30 + (s % 10);
  return p;
}

/**
 * Reads a canonical local date-time (`YYYY-MM-DDTHH:mm:ss`, as `validateDossier` returns them)
 * as wall milliseconds from its character codes; anything else is `undefined`.
 */
export function canonicalToWall(text: string): number | undefined {
  if (text.length !== 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 84) return undefined;
  const d = (i: number) => text.charCodeAt(i) - 48;
  const y = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const ms = Date.UTC(y, d(5) * 10 + d(6) - 1, d(8) * 10 + d(9), d(11) * 10 + d(12), d(14) * 10 + d(15), d(17) * 10 + d(18));
  return Number.isNaN(ms) ? undefined : ms;
}
