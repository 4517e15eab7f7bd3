import { InputError } from '@tthc/core';
import { WorkBuffer } from '../../_lib/workBuffer';
import { SharedStrings } from './sharedStrings';
import {
  APOS, GT, LT, MAX_ROW_BYTES, QUOTE, ROW_CLOSE, ROW_OPEN, SHEET_DATA, SLASH,
  digits, findCellEnd, numberAt, rowNumber, valueEnd,
} from './cellBytes';
import { MAX_COLUMNS, type SheetContext, fail, tooLong } from './sheetContext';
import { decodeXml, stringItemText, tidy } from './xmlText';

/**
 * The compact form of scanned rows that crosses from the scanning worker to the main thread: no
 * object per row or cell, only numbers in transferable buffers. `ops` holds triplets
 * `[op, a, b]` (see the `OP_*` codes); numbers go to `nums`, the rare texts (inline strings,
 * formula strings, errors) to `texts`.
 */
export interface ScannedBatch {
  ops: Int32Array;
  nums: Float64Array;
  texts: string[];
}

/** A row starts: `a` = its number. */
export const OP_ROW = 1;
/** A shared string: `a` = column, `b` = its index (or `-1 - k`: the index is `nums[k]`, not a small integer). */
export const OP_SHARED = 2;
/** A number: `a` = column, `b` = index in `nums`. */
export const OP_NUMBER = 3;
/** A boolean: `a` = column, `b` = 0 or 1. */
export const OP_BOOL = 4;
/** A text: `a` = column, `b` = index in `texts`. */
export const OP_TEXT = 5;
/** A number cell with an empty value: nothing is set, the column is only looked at. */
export const OP_TOUCH = 6;

const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STR = 3;
const T_BOOL = 4;
const T_ERROR = 5;

/** A growing batch of scanned rows. */
class BatchWriter {
  ops = new Int32Array(1 << 16);
  n = 0;
  nums = new Float64Array(1 << 14);
  m = 0;
  texts: string[] = [];

  op(op: number, a: number, b: number): void {
    if (this.n + 3 > this.ops.length) {
      const bigger = new Int32Array(this.ops.length * 2);
      bigger.set(this.ops);
      this.ops = bigger;
    }
    this.ops[this.n++] = op;
    this.ops[this.n++] = a;
    this.ops[this.n++] = b;
  }

  num(value: number): number {
    if (this.m === this.nums.length) {
      const bigger = new Float64Array(this.nums.length * 2);
      bigger.set(this.nums);
      this.nums = bigger;
    }
    this.nums[this.m] = value;
    return this.m++;
  }

  /** Takes the batch (copied to exact sizes, so the buffers can be transferred) and starts anew. */
  take(): ScannedBatch {
    const batch = { ops: this.ops.slice(0, this.n), nums: this.nums.slice(0, this.m), texts: this.texts };
    this.n = 0;
    this.m = 0;
    this.texts = [];
    return batch;
  }
}

/**
 * Scans the cells of one `<row>` (bytes `start`..`end`, after its start tag) into `out`. Cells are
 * placed by their `r` reference; text is decoded from the bytes of each value, so a multi-byte
 * character can never be cut.
 */
function scanCells(buf: Buffer, start: number, end: number, row: number, ctx: SheetContext, out: BatchWriter): void {
  let next = 0;
  let p = start;
  while (p < end) {
    let lt = p;
    while (lt < end && buf[lt] !== LT) lt++;
    if (lt >= end) break;
    const after = buf[lt + 2];
    if (buf[lt + 1] !== 0x63 || (after !== 0x20 && after !== GT && after !== SLASH)) {
      p = lt + 1;
      continue;
    }
    let col = next;
    let type = T_NUMBER;
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
      if (q >= end) return;
      const nameStart = q;
      while (q < end && buf[q] !== 0x3d) q++;
      const nameLength = q - nameStart;
      const quote = buf[q + 1];
      const vStart = q + 2;
      let vEnd = vStart;
      while (vEnd < end && buf[vEnd] !== quote) vEnd++;
      if (quote !== QUOTE && quote !== APOS) return;
      if (nameLength === 1 && buf[nameStart] === 0x72) {
        let c = 0;
        for (let i = vStart; i < vEnd; i++) {
          const ch = buf[i] ?? 0;
          if (ch >= 0x41 && ch <= 0x5a) c = c * 26 + (ch - 0x40);
          else break;
        }
        if (c > 0) col = c - 1;
      } else if (nameLength === 1 && buf[nameStart] === 0x74) {
        const t0 = buf[vStart];
        if (t0 === 0x73) type = vEnd - vStart === 1 ? T_SHARED : T_STR;
        else if (t0 === 0x69) type = T_INLINE;
        else if (t0 === 0x62) type = T_BOOL;
        else if (t0 === 0x65) type = T_ERROR;
        else if (t0 === 0x64) type = T_STR; // a date cell: its text, as `parseCells` reads it
      }
      q = vEnd + 1;
    }
    if (col >= MAX_COLUMNS) fail(ctx, row, `cột vượt quá ${MAX_COLUMNS}`, `a column beyond ${MAX_COLUMNS}`);
    next = col + 1;
    if (selfClosing) {
      p = q;
      continue;
    }
    let vs: number;
    let ve: number;
    if (type !== T_INLINE && buf[q] === LT && buf[q + 1] === 0x76 && buf[q + 2] === GT && (ve = valueEnd(buf, q + 3, end)) !== -1) {
      vs = q + 3;
      p = ve + 8;
    } else {
      const close = findCellEnd(buf, q, end);
      const cellEnd = close === -1 ? end : close;
      p = close === -1 ? end : close + 4;
      if (type === T_INLINE) {
        const text = stringItemText(buf, q, cellEnd);
        if (text.length > ctx.maxCellLength) tooLong(ctx, row, col);
        out.op(OP_TEXT, col, out.texts.push(text) - 1);
        continue;
      }
      let v = q;
      for (; v < cellEnd - 2; v++) if (buf[v] === LT && buf[v + 1] === 0x76 && buf[v + 2] === GT) break;
      if (v >= cellEnd - 2) continue;
      vs = v + 3;
      ve = vs;
      while (ve < cellEnd && buf[ve] !== LT) ve++;
    }
    if (type === T_SHARED) {
      const index = digits(buf, vs, ve);
      out.op(OP_SHARED, col, index >= 0 && index < 0x7fffffff ? index : -1 - out.num(index));
    } else if (type === T_NUMBER) {
      if (ve > vs) out.op(OP_NUMBER, col, out.num(numberAt(buf, vs, ve)));
      else out.op(OP_TOUCH, col, 0);
    } else if (type === T_BOOL) {
      out.op(OP_BOOL, col, buf[vs] === 0x31 ? 1 : 0);
    } else {
      const raw = decodeXml(buf.toString('utf8', vs, ve));
      const text = type === T_ERROR ? raw : tidy(raw);
      if (text.length > ctx.maxCellLength) tooLong(ctx, row, col);
      out.op(OP_TEXT, col, out.texts.push(text) - 1);
    }
  }
}

/** What the scanning worker posts: batches of rows, then the end or the error that stopped the scan. */
export type ScanMessage = { batch: ScannedBatch } | { end: true } | { error: string; input: boolean };

/**
 * Scans the inflated XML of a worksheet into {@link ScannedBatch}es: one each time at least
 * `batchWords` words are filled (0: one per chunk). Only complete `<row>` elements are scanned; the
 * rest waits for the next chunk, so chunk boundaries never matter. A broken row throws its
 * `InputError` after the batch of the rows before it.
 *
 * @param chunks - the inflated sheet XML
 * @param names - the file and sheet (for messages) and the cell length cap
 * @param batchWords - the least size of a batch, in words of `ops`
 */
export async function* scanSheet(
  chunks: AsyncIterable<Buffer>,
  names: { file: string; sheet: string; maxCellLength: number },
  batchWords: number,
): AsyncGenerator<ScannedBatch> {
  const ctx: SheetContext = { file: names.file, sheet: names.sheet, maxCellLength: names.maxCellLength, strings: NO_STRINGS };
  const out = new BatchWriter();
  const work = new WorkBuffer();
  let sawSheetData = false;
  let last = 0;
  let failure: unknown;
  try {
    for await (const chunk of chunks) {
      const buf = work.append(chunk);
      if (!sawSheetData && buf.indexOf(SHEET_DATA) !== -1) sawSheetData = true;
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
        const row = rowNumber(buf, open + 4, gt) ?? last + 1;
        if (row <= last) fail(ctx, row, 'số dòng không tăng dần', 'row numbers are not increasing');
        if (buf[gt - 1] === SLASH) {
          last = row;
          p = gt + 1;
          out.op(OP_ROW, row, 0);
          continue;
        }
        const close = buf.indexOf(ROW_CLOSE, gt);
        if (close === -1) {
          p = open;
          break;
        }
        last = row;
        p = close + 6;
        const rowStart = out.n;
        const textsBefore = out.texts.length;
        out.op(OP_ROW, row, 0);
        try {
          scanCells(buf, gt + 1, close, row, ctx, out);
        } catch (error) {
          out.n = rowStart; // the rows before the broken one go first
          out.texts.length = textsBefore;
          throw error;
        }
      }
      work.keep(p);
      if (work.kept > MAX_ROW_BYTES) fail(ctx, last + 1, 'một dòng quá lớn', 'a row is too large');
      if (out.n > 0 && out.n >= batchWords) yield out.take();
    }
    if (!sawSheetData) {
      throw new InputError(`${ctx.file}: trang tính "${ctx.sheet}" không có dữ liệu (thiếu sheetData) / sheet "${ctx.sheet}" has no sheetData`);
    }
  } catch (error) {
    failure = error;
  }
  if (out.n > 0) yield out.take();
  if (failure !== undefined) throw failure;
}

const NO_STRINGS = new SharedStrings('', 0);
