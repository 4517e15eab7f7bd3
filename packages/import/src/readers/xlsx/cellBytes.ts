// Byte-level readers of the worksheet XML shared by the scan (`scanSheet.ts`).
import { GT, LT, SLASH, endTagAfter, isSpace } from './xmlMarkup';

export { APOS, GT, LT, QUOTE, SLASH } from './xmlMarkup';
export const MAX_ROW_BYTES = 64 * 1024 * 1024;
// Patterns as bytes: Buffer#indexOf with a string pattern converts it on every call.
export const ROW_OPEN = Buffer.from('<row');
export const ROW_CLOSE = Buffer.from('</row');
export const SHEET_DATA_END = Buffer.from('</sheetData');
export const SHEET_DATA = Buffer.from('<sheetData');

/** Reads an unsigned integer written in ASCII digits between `s` and `e`. */
export function digits(buf: Buffer, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = (buf[i] ?? 0) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * The number written between `s` and `e`. Up to 16 digits (below 2^53) with a decimal point (what
 * Excel writes for dates and most values) are read from the bytes: the digits as an integer
 * divided by a power of ten below 10^23 are both exact doubles, so the quotient is the correctly
 * rounded value — the same double as `Number(text)`. Anything else goes through `Number`.
 */
export function numberAt(buf: Buffer, s: number, e: number): number {
  let n = 0;
  let digitsRead = 0;
  let point = -1;
  let i = s;
  const negative = buf[i] === 0x2d;
  if (negative) i++;
  for (; i < e; i++) {
    const b = buf[i] ?? 0;
    if (b === 0x2e && point === -1) point = i;
    else if (b >= 0x30 && b <= 0x39) {
      n = n * 10 + (b - 0x30);
      digitsRead++;
    } else break;
  }
  if (i < e || digitsRead === 0 || digitsRead > 16 || n > 2 ** 53 || point === e - 1) return Number(buf.toString('latin1', s, e));
  const value = point === -1 ? n : n / (POW10[e - 1 - point] as number);
  return negative ? -value : value;
}

/** Where a value that starts at `p` ends, if `</v></c>` follows it; else -1. */
export function valueEnd(buf: Buffer, p: number, end: number): number {
  let i = p;
  while (i < end && buf[i] !== LT) i++;
  return i + 8 <= end &&
    buf[i + 1] === SLASH && buf[i + 2] === 0x76 && buf[i + 3] === GT &&
    buf[i + 4] === LT && buf[i + 5] === SLASH && buf[i + 6] === 0x63 && buf[i + 7] === GT
    ? i
    : -1;
}

/** Index of the element end `</c>` (white space allowed before `>`) from `p`, by a byte loop; -1 if none. */
export function findCellEnd(buf: Buffer, p: number, end: number): number {
  for (let i = p; i < end - 3; i++) {
    if (buf[i] === LT && buf[i + 1] === SLASH && buf[i + 2] === 0x63 && (buf[i + 3] === GT || isSpace(buf[i + 3]))) {
      if (endTagAfter(buf, i, 1, end) !== -1) return i;
    }
  }
  return -1;
}

/** Excel's last row (1 048 576) and last column (XFD, 16 384). */
export const MAX_ROWS = 1_048_576;
