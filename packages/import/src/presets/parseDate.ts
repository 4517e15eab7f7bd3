// domain.md §3 and the design notes — dates of exports: dd/MM/yyyy, dd/MM/yyyy HH:mm[:ss],
// yyyyMMddHHmmss, ISO, Excel serials; day first, always; never a guess. Which form a text is in
// is decided here; the date it names is checked and counted by the core's `wallTime`.
import { MS_PER_DAY, wallTime } from '@tthc/core';

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

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

/** No export dates a dossier before 1900: an earlier year is a typo or not a date. */
const FIRST_YEAR = 1900;

/**
 * The wall milliseconds of an export's date fields, with the 12-hour clock's `SA`/`CH` (`AM`/`PM`)
 * when given; `undefined` for a date that does not exist and for a year before 1900.
 */
function wall(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, half?: string): number | undefined {
  if (half) {
    const pm = /^(pm|ch)$/i.test(half);
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm ? 12 : 0);
  }
  return y < FIRST_YEAR ? undefined : wallTime(y, mo, d, h, mi, s);
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
 * It calls `wallTime` itself ({@link wall} without the 12-hour clock): one call less for most of
 * the dates of an export.
 */
function fastDmy(t: string): number | undefined {
  const len = t.length;
  if ((len !== 10 && len !== 16 && len !== 19) || t.charCodeAt(2) !== 47 || t.charCodeAt(5) !== 47) return undefined;
  const d = digits2(t, 0);
  const mo = digits2(t, 3);
  const y1 = digits2(t, 6);
  const y2 = digits2(t, 8);
  const y = y1 * 100 + y2;
  if (d < 0 || mo < 0 || y1 < 0 || y2 < 0 || y < FIRST_YEAR) return undefined;
  if (len === 10) return wallTime(y, mo, d);
  if (t.charCodeAt(10) !== 32 || t.charCodeAt(13) !== 58) return undefined;
  const h = digits2(t, 11);
  const mi = digits2(t, 14);
  if (h < 0 || mi < 0) return undefined;
  if (len === 16) return wallTime(y, mo, d, h, mi);
  const sec = t.charCodeAt(16) === 58 ? digits2(t, 17) : -1;
  return sec < 0 ? undefined : wallTime(y, mo, d, h, mi, sec);
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
