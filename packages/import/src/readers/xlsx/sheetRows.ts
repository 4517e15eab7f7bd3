import { InputError } from '@tthc/core';
import type { Cell } from '../../presets/mapRow';
import { WorkBuffer } from '../../_lib/workBuffer';
import type { TableRow } from '../tableEvents';
import { SharedStrings } from './sharedStrings';
import { decodeXml, stringItemText, tidy } from './xmlText';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
export const MAX_COLUMNS = 16_384;
const MAX_ROW_BYTES = 64 * 1024 * 1024;
// Patterns as bytes: Buffer#indexOf with a string pattern converts it on every call.
const ROW_OPEN = Buffer.from('<row');
const ROW_CLOSE = Buffer.from('</row>');
const SHEET_DATA = Buffer.from('<sheetData');

const enum CellType {
  Number,
  Shared,
  Inline,
  Str,
  Bool,
  Error,
  Date,
}

export interface SheetContext {
  file: string;
  sheet: string;
  strings: SharedStrings;
  maxCellLength: number;
  /**
   * The columns the reader of the rows maps (set once the heading is known): a shared string in
   * another column is not decoded, only told filled ({@link UNREAD}) or empty — unless it may be
   * the first value of its row, which the totals check reads.
   */
  wanted?: Uint8Array;
}

/** Stands for a filled cell that nobody reads (a control character: no real cell holds one). */
export const UNREAD = '\u0000';

function fail(ctx: SheetContext, row: number, vi: string, en: string): never {
  throw new InputError(`${ctx.file}, trang tính "${ctx.sheet}", dòng ${row}: ${vi} / sheet "${ctx.sheet}", row ${row}: ${en}`);
}

/** Reads an unsigned integer written in ASCII digits between `s` and `e`. */
function digits(buf: Buffer, s: number, e: number): number {
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
function numberAt(buf: Buffer, s: number, e: number): number {
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
function valueEnd(buf: Buffer, p: number, end: number): number {
  let i = p;
  while (i < end && buf[i] !== LT) i++;
  return i + 8 <= end &&
    buf[i + 1] === SLASH && buf[i + 2] === 0x76 && buf[i + 3] === GT &&
    buf[i + 4] === LT && buf[i + 5] === SLASH && buf[i + 6] === 0x63 && buf[i + 7] === GT
    ? i
    : -1;
}

/** Index of the element end `</c>` (or `</row>` guard) from `p`, by a byte loop. */
function findCellEnd(buf: Buffer, p: number, end: number): number {
  for (let i = p; i < end - 3; i++) {
    if (buf[i] === LT && buf[i + 1] === SLASH && buf[i + 2] === 0x63 && buf[i + 3] === GT) return i;
  }
  return -1;
}

/**
 * Parses the cells of one `<row>` (bytes `start`..`end`, after its start tag). Cells are placed by
 * their `r` reference; text is decoded from the bytes of each value, so a multi-byte character
 * can never be cut.
 */
function parseCells(buf: Buffer, start: number, end: number, row: number, ctx: SheetContext): Cell[] {
  const cells: Cell[] = [];
  const wanted = ctx.wanted;
  let firstFilled = MAX_COLUMNS; // the lowest column with a value so far
  let next = 0;
  let p = start;
  while (p < end) {
    // Next "<c " / "<c>" / "<c/>".
    let lt = p;
    while (lt < end && buf[lt] !== LT) lt++;
    if (lt >= end) break;
    const after = buf[lt + 2];
    if (buf[lt + 1] !== 0x63 || (after !== 0x20 && after !== GT && after !== SLASH)) {
      p = lt + 1;
      continue;
    }
    // Attributes.
    let col = next;
    let type = CellType.Number;
    let q = lt + 2;
    let selfClosing = false;
    for (;;) {
      while (q < end && buf[q] === 0x20) q++;
      const b = buf[q];
      if (b === GT) {
        q++;
        break;
      }
      if (b === SLASH) {
        selfClosing = true;
        q += 2;
        break;
      }
      if (q >= end) return cells;
      const nameStart = q;
      while (q < end && buf[q] !== 0x3d) q++;
      const nameLength = q - nameStart;
      const quote = buf[q + 1];
      const valueStart = q + 2;
      let valueEnd = valueStart;
      while (valueEnd < end && buf[valueEnd] !== quote) valueEnd++;
      if (quote !== QUOTE && quote !== APOS) return cells;
      if (nameLength === 1 && buf[nameStart] === 0x72) {
        // r="AB12": column letters.
        let c = 0;
        for (let i = valueStart; i < valueEnd; i++) {
          const ch = buf[i] ?? 0;
          if (ch >= 0x41 && ch <= 0x5a) c = c * 26 + (ch - 0x40);
          else break;
        }
        if (c > 0) col = c - 1;
      } else if (nameLength === 1 && buf[nameStart] === 0x74) {
        const t0 = buf[valueStart];
        const len = valueEnd - valueStart;
        if (t0 === 0x73) type = len === 1 ? CellType.Shared : CellType.Str; // s | str
        else if (t0 === 0x69) type = CellType.Inline; // inlineStr
        else if (t0 === 0x62) type = CellType.Bool;
        else if (t0 === 0x65) type = CellType.Error;
        else if (t0 === 0x64) type = CellType.Date;
      }
      q = valueEnd + 1;
    }
    if (col >= MAX_COLUMNS) fail(ctx, row, `cột vượt quá ${MAX_COLUMNS}`, `a column beyond ${MAX_COLUMNS}`);
    next = col + 1;
    if (selfClosing) {
      p = q;
      continue;
    }
    let vs: number;
    let ve: number;
    if (type !== CellType.Inline && buf[q] === LT && buf[q + 1] === 0x76 && buf[q + 2] === GT && (ve = valueEnd(buf, q + 3, end)) !== -1) {
      // The usual <v>…</v></c>, read in one pass.
      vs = q + 3;
      p = ve + 8;
    } else {
      const close = findCellEnd(buf, q, end);
      const cellEnd = close === -1 ? end : close;
      p = close === -1 ? end : close + 4;
      if (type === CellType.Inline) {
        const text = stringItemText(buf, q, cellEnd);
        if (text.length > ctx.maxCellLength) tooLong(ctx, row, col);
        cells[col] = text;
        if (text !== '' && col < firstFilled) firstFilled = col;
        continue;
      }
      // <v>…</v>, possibly after <f>…</f>.
      let v = q;
      for (; v < cellEnd - 2; v++) if (buf[v] === LT && buf[v + 1] === 0x76 && buf[v + 2] === GT) break;
      if (v >= cellEnd - 2) continue;
      vs = v + 3;
      ve = vs;
      while (ve < cellEnd && buf[ve] !== LT) ve++;
    }
    if (type === CellType.Shared) {
      const index = digits(buf, vs, ve);
      if (!(index < ctx.strings.size)) {
        fail(ctx, row, `ô ${col + 1} trỏ tới chuỗi dùng chung ${index} không có`, `cell ${col + 1} points to a missing shared string ${index}`);
      }
      if (wanted !== undefined && wanted[col] !== 1 && col > firstFilled && ctx.strings.surelyFilled(index)) {
        cells[col] = UNREAD;
        continue;
      }
      const s = ctx.strings.get(index) as string;
      cells[col] = s;
      if (s !== '' && col < firstFilled) firstFilled = col;
      continue;
    }
    if (type === CellType.Number) {
      if (ve > vs) cells[col] = numberAt(buf, vs, ve);
    } else if (type === CellType.Bool) {
      cells[col] = buf[vs] === 0x31;
    } else {
      const text = type === CellType.Error ? decodeXml(buf.toString('utf8', vs, ve)) : tidy(decodeXml(buf.toString('utf8', vs, ve)));
      if (text.length > ctx.maxCellLength) tooLong(ctx, row, col);
      cells[col] = text;
    }
    const value = cells[col];
    if (value !== undefined && value !== '' && col < firstFilled) firstFilled = col;
  }
  return cells;
}

function tooLong(ctx: SheetContext, row: number, col: number): never {
  fail(ctx, row, `ô ${col + 1} dài hơn ${ctx.maxCellLength} ký tự`, `cell ${col + 1} is longer than ${ctx.maxCellLength} characters`);
}

/** The `r="…"` attribute of a row start tag (bytes `s`..`e`), read without making a string. */
function rowNumber(buf: Buffer, s: number, e: number): number | undefined {
  for (let i = s; i < e - 3; i++) {
    // ` r="` (space or another white-space byte before it)
    if (buf[i + 1] === 0x72 && buf[i + 2] === 0x3d && buf[i + 3] === QUOTE && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0a || buf[i] === 0x0d)) {
      let j = i + 4;
      while (j < e && buf[j] !== QUOTE) j++;
      const n = digits(buf, i + 4, j);
      return Number.isNaN(n) || j === i + 4 ? undefined : n;
    }
  }
  return undefined;
}

interface ScanState {
  /** Where the unparsed rest of the buffer starts. */
  p: number;
  /** The last row number read. */
  last: number;
}

/** The complete rows of one buffer, parsed one at a time as they are asked for. */
function* rowsIn(buf: Buffer, state: ScanState, ctx: SheetContext): Generator<TableRow> {
  let p = 0;
  for (;;) {
    const open = buf.indexOf(ROW_OPEN, p);
    if (open === -1) {
      p = Math.max(p, buf.length - 16);
      break;
    }
    if (open + 4 >= buf.length) {
      p = open;
      break;
    }
    const b = buf[open + 4];
    if (b !== 0x20 && b !== GT && b !== SLASH) {
      p = open + 4;
      continue;
    }
    const gt = buf.indexOf(GT, open);
    if (gt === -1) {
      p = open;
      break;
    }
    const number = rowNumber(buf, open + 4, gt);
    const row = number ?? state.last + 1;
    if (row <= state.last) fail(ctx, row, 'số dòng không tăng dần', 'row numbers are not increasing');
    if (buf[gt - 1] === SLASH) {
      state.last = row;
      state.p = gt + 1;
      p = gt + 1;
      yield { row, cells: [] };
      continue;
    }
    const close = buf.indexOf(ROW_CLOSE, gt);
    if (close === -1) {
      p = open;
      break;
    }
    state.last = row;
    p = close + 6;
    state.p = p;
    yield { row, cells: parseCells(buf, gt + 1, close, row, ctx) };
  }
  state.p = p;
}

/**
 * Streams the rows of a worksheet from the inflated chunks of its XML: one lazy batch per chunk,
 * each row parsed only when the consumer reaches it (so that a row is read, mapped and validated
 * before the next one is parsed, and little is in flight). Only complete `<row>` elements are
 * parsed; the rest waits for the next chunk, so chunk boundaries never matter.
 *
 * @param chunks - the inflated sheet XML
 * @param ctx - names for messages, the shared strings, the cell length cap
 */
export async function* readSheetRows(chunks: AsyncIterable<Buffer>, ctx: SheetContext): AsyncGenerator<Iterable<TableRow>> {
  const work = new WorkBuffer();
  let sawSheetData = false;
  const state: ScanState = { p: 0, last: 0 };
  for await (const chunk of chunks) {
    const buf = work.append(chunk);
    if (!sawSheetData && buf.indexOf(SHEET_DATA) !== -1) sawSheetData = true;
    state.p = 0;
    const rows = rowsIn(buf, state, ctx);
    yield rows;
    for (const _ of rows) void _; // rows the consumer left (it never does) are still passed over
    work.keep(state.p);
    if (work.kept > MAX_ROW_BYTES) fail(ctx, state.last + 1, 'một dòng quá lớn', 'a row is too large');
  }
  if (!sawSheetData) {
    throw new InputError(`${ctx.file}: trang tính "${ctx.sheet}" không có dữ liệu (thiếu sheetData) / sheet "${ctx.sheet}" has no sheetData`);
  }
  // The sheet is read: let the shared-string table go before the dossiers are written out.
  ctx.strings = new SharedStrings(ctx.file, 0);
}
