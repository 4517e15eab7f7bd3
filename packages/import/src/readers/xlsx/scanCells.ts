import { GT, LT, SLASH, digits, findCellEnd, numberAt, valueEnd } from './cellBytes';
import type { BatchWriter } from './batchWriter';
import { OP_BOOL, OP_NUMBER, OP_SHARED, OP_TEXT, OP_TOUCH } from './batchWriter';
import { MAX_COLUMNS, type SheetContext, fail, tooLong } from './sheetContext';
import { APOS, EQUALS, QUOTE, endsName, hasAmpersand, isSpace, malformedTag, tagEnd } from './xmlMarkup';
import { decodeXml, stringItemText, tidy } from './xmlText';

const T_NUMBER = 0;
const T_SHARED = 1;
const T_INLINE = 2;
const T_STR = 3;
const T_BOOL = 4;
const T_ERROR = 5;

/** The 0-based column of a cell reference such as `AB12` (its letters), -1 when it has none. */
function referenceColumn(buf: Buffer, vs: number, ve: number, ctx: SheetContext, row: number): number {
  let c = 0;
  let letters = 0;
  for (let i = vs; i < ve; i++) {
    const ch = buf[i] ?? 0;
    if (ch >= 0x41 && ch <= 0x5a) {
      c = c * 26 + (ch - 0x40);
      if (++letters > 3) break;
    } else break;
  }
  if (c > MAX_COLUMNS) fail(ctx, row, `cột vượt quá ${MAX_COLUMNS} (XFD, giới hạn của Excel)`, `a column beyond ${MAX_COLUMNS} (XFD, Excel's limit)`);
  return c - 1;
}

/** The type of a cell from its `t` value (ECMA-376 §18.18.11 ST_CellType). */
function cellType(buf: Buffer, vs: number, ve: number): number {
  const t0 = buf[vs];
  const n = ve - vs;
  if (t0 === 0x73) return n === 1 ? T_SHARED : T_STR; // s, str
  if (t0 === 0x69) return T_INLINE; // inlineStr
  if (t0 === 0x62) return T_BOOL; // b
  if (t0 === 0x65) return T_ERROR; // e
  if (t0 === 0x64) return T_STR; // d: a date cell, its ISO text as read
  return T_NUMBER; // n or absent
}

/** Trims XML white space at both ends of `vs`..`ve`; sets {@link trimmedStart} / {@link trimmedEnd}. */
function trim(buf: Buffer, vs: number, ve: number): void {
  let s = vs;
  let e = ve;
  while (s < e && isSpace(buf[s])) s++;
  while (e > s && isSpace(buf[e - 1])) e--;
  trimmedStart = s;
  trimmedEnd = e;
}
let trimmedStart = 0;
let trimmedEnd = 0;

/**
 * Scans the cells of one `<row>` (bytes `start`..`end`, after its start tag) into `out`. Cells are
 * placed by their `r` reference; text is decoded from the bytes of each value, so a multi-byte
 * character can never be cut. Attributes may be separated by any XML white space and quoted
 * either way; end tags may have white space before `>`. Comments and CDATA have been normalised
 * by the caller.
 *
 * @throws InputError (via `fail`) for a malformed cell or a column beyond XFD
 */
export function scanCells(buf: Buffer, start: number, end: number, row: number, ctx: SheetContext, out: BatchWriter): void {
  let next = 0;
  let p = start;
  while (p < end) {
    let lt = p;
    while (lt < end && buf[lt] !== LT) lt++;
    if (lt >= end) break;
    if (buf[lt + 1] !== 0x63 || !endsName(buf[lt + 2])) {
      p = lt + 1;
      continue;
    }
    let col = next;
    let type = T_NUMBER;
    let q = lt + 2;
    let selfClosing = false;
    for (;;) {
      while (q < end && isSpace(buf[q])) q++;
      const b = buf[q];
      if (b === GT) {
        q++;
        break;
      }
      if (b === SLASH && buf[q + 1] === GT) {
        selfClosing = true;
        q += 2;
        break;
      }
      if (q >= end) fail(ctx, row, 'một ô bị cắt giữa thẻ', 'a cell cut inside its tag');
      const nameStart = q;
      while (q < end && buf[q] !== EQUALS && !isSpace(buf[q])) q++;
      const nameLength = q - nameStart;
      while (q < end && isSpace(buf[q])) q++;
      if (buf[q] !== EQUALS) throw malformedTag();
      q++;
      while (q < end && isSpace(buf[q])) q++;
      const open = buf[q];
      if (open !== QUOTE && open !== APOS) throw malformedTag();
      const vStart = q + 1;
      let vEnd = vStart;
      while (vEnd < end && buf[vEnd] !== open) vEnd++;
      if (vEnd >= end) throw malformedTag();
      if (nameLength === 1 && buf[nameStart] === 0x72) {
        const c = referenceColumn(buf, vStart, vEnd, ctx, row);
        if (c >= 0) col = c;
      } else if (nameLength === 1 && buf[nameStart] === 0x74) {
        type = cellType(buf, vStart, vEnd);
      }
      q = vEnd + 1;
    }
    if (col >= MAX_COLUMNS) fail(ctx, row, `cột vượt quá ${MAX_COLUMNS} (XFD, giới hạn của Excel)`, `a column beyond ${MAX_COLUMNS} (XFD, Excel's limit)`);
    next = col + 1;
    if (selfClosing) {
      p = q;
      continue;
    }
    let vs: number;
    let ve: number;
    if (type !== T_INLINE && buf[q] === LT && buf[q + 1] === 0x76 && buf[q + 2] === GT && (ve = valueEnd(buf, q + 3, end)) !== -1) {
      // the usual <v>…</v></c>
      vs = q + 3;
      p = ve + 8;
    } else {
      const close = findCellEnd(buf, q, end);
      if (close === -1) fail(ctx, row, 'một ô không có thẻ đóng </c>', 'a cell without its end tag </c>');
      const cellEnd = close;
      p = tagEnd(buf, close, end) + 1;
      if (type === T_INLINE) {
        const text = stringItemText(buf, q, cellEnd);
        if (text.length > ctx.maxCellLength) tooLong(ctx, row, col);
        out.op(OP_TEXT, col, out.texts.push(text) - 1);
        continue;
      }
      let v = q;
      for (; v < cellEnd - 2; v++) if (buf[v] === LT && buf[v + 1] === 0x76 && endsName(buf[v + 2])) break;
      if (v >= cellEnd - 2) continue;
      const gt = tagEnd(buf, v, cellEnd);
      if (gt === -1) fail(ctx, row, 'thẻ <v> bị cắt', 'a cut <v> tag');
      if (buf[gt - 1] === SLASH) continue; // <v/>
      vs = gt + 1;
      ve = vs;
      while (ve < cellEnd && buf[ve] !== LT) ve++;
    }
    placeValue(buf, vs, ve, type, col, row, ctx, out);
  }
}

/** Puts the value `vs`..`ve` of a cell of `type` into the batch. */
function placeValue(buf: Buffer, vs: number, ve: number, type: number, col: number, row: number, ctx: SheetContext, out: BatchWriter): void {
  // The usual values first: digits only, no reference, no white space.
  if (type === T_SHARED && ve > vs) {
    const index = digits(buf, vs, ve);
    if (index === index) {
      if (index > out.maxShared) out.maxShared = index;
      out.op(OP_SHARED, col, index < 0x7fffffff ? index : -1 - out.num(index));
      return;
    }
  } else if (type === T_NUMBER && ve > vs && buf[vs] !== 0x26 && !isSpace(buf[vs])) {
    const n = numberAt(buf, vs, ve);
    if (n === n) {
      out.op(OP_NUMBER, col, out.num(n));
      return;
    }
  }
  if (type === T_SHARED || type === T_NUMBER || type === T_BOOL) {
    let s = vs;
    let e = ve;
    let text: string | undefined;
    if (hasAmpersand(buf, vs, ve)) text = decodeXml(buf.toString('latin1', vs, ve)).trim();
    else if (isSpace(buf[vs]) || isSpace(buf[ve - 1])) {
      trim(buf, vs, ve);
      s = trimmedStart;
      e = trimmedEnd;
    }
    if (type === T_SHARED) {
      const index = text === undefined ? digits(buf, s, e) : /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (Number.isNaN(index) || (text === undefined && e === s)) {
        fail(ctx, row, `ô ${col + 1} có chỉ số chuỗi dùng chung không đọc được`, `cell ${col + 1} has an unreadable shared-string index`);
      }
      if (index > out.maxShared) out.maxShared = index;
      out.op(OP_SHARED, col, index < 0x7fffffff ? index : -1 - out.num(index));
    } else if (type === T_NUMBER) {
      if (text !== undefined) out.op(text === '' ? OP_TOUCH : OP_NUMBER, col, text === '' ? 0 : out.num(Number(text)));
      else if (e > s) out.op(OP_NUMBER, col, out.num(numberAt(buf, s, e)));
      else out.op(OP_TOUCH, col, 0);
    } else {
      const one = text === undefined ? buf[s] === 0x31 && e === s + 1 : text === '1';
      out.op(OP_BOOL, col, one || (text ?? buf.toString('latin1', s, e)) === 'true' ? 1 : 0);
    }
    return;
  }
  const raw = decodeXml(buf.toString('utf8', vs, ve));
  const text = type === T_ERROR ? raw : tidy(raw);
  if (text.length > ctx.maxCellLength) tooLong(ctx, row, col);
  out.op(OP_TEXT, col, out.texts.push(text) - 1);
}
