import type { ErrorParams, ErrorPath } from '@tthc/core';
import { InputError } from '@tthc/core';
import { WorkBuffer } from '../../_lib/workBuffer';
import { SharedStrings, type StringsPart } from './sharedStrings';
import { LT, MAX_ROWS, MAX_ROW_BYTES, ROW_CLOSE, ROW_OPEN, SHEET_DATA, SHEET_DATA_END, SLASH, digits } from './cellBytes';
import { BatchWriter, OP_ROW, type ScannedBatch } from './batchWriter';
import { scanCells } from './scanCells';
import { type SheetContext, fail } from './sheetContext';
import {
  XmlTextError, attributeValue, endsName, findEndTag, findEndTagSkippingMarkup, found, foundAfter, isSpace, markupEnd,
  nextMarkup, normalizeMarkup, tagEnd, attrEnd, attrStart,
} from './xmlMarkup';
import { importInputErrors } from '../../importErrors';

export { OP_BOOL, OP_NUMBER, OP_ROW, OP_SHARED, OP_TEXT, OP_TOUCH, type ScannedBatch } from './batchWriter';

/**
 * What the scanning worker posts: a batch, the shared strings the next batch needs (before it), the
 * end, or an error (a user's, as its code, path and params; else a bug's message).
 */
export type ScanMessage =
  | { batch: ScannedBatch }
  | { strings: StringsPart }
  | { end: true }
  | { error: string; input?: { code: string; path: ErrorPath; params: ErrorParams } };

/**
 * Scans the inflated XML of a worksheet into {@link ScannedBatch}es: one each time at least
 * `batchWords` words are filled (0: one per chunk). Only complete `<row>` elements are scanned; the
 * rest waits for the next chunk, so chunk boundaries never matter. A broken row throws its
 * `InputError` after the batch of the rows before it.
 *
 * @param chunks - the inflated sheet XML
 * @param names - the file and sheet (for messages) and the cell length cap
 * @param batchWords - the least size of a batch, in words of `ops`
 * @param out - the writer of the batches (its buffers recycled by the caller once a batch's rows are made)
 */
export async function* scanSheet(
  chunks: AsyncIterable<Buffer>,
  names: { file: string; sheet: string; maxCellLength: number },
  batchWords: number,
  out: BatchWriter = new BatchWriter(),
): AsyncGenerator<ScannedBatch> {
  const ctx: SheetContext = { file: names.file, sheet: names.sheet, maxCellLength: names.maxCellLength, strings: NO_STRINGS };
  const work = new WorkBuffer();
  let sawSheetData = false;
  let sheetDataEnded = false;
  let last = 0;
  let failure: unknown;
  try {
    for await (const chunk of chunks) {
      const buf = work.append(chunk);
      const end = buf.length;
      if (!sawSheetData) {
        const at = buf.indexOf(SHEET_DATA);
        if (at !== -1) {
          sawSheetData = true;
          const gt = tagEnd(buf, at, end);
          if (gt !== -1 && buf[gt - 1] === SLASH) sheetDataEnded = true; // <sheetData/>
        }
      }
      if (sheetDataEnded) {
        work.keep(buf.length); // the rest (merged cells, page set-up) is only inflated, for its CRC
        continue;
      }
      let p = 0;
      // The first comment, processing instruction or CDATA section ahead: rows before it take the fast path.
      let markup = nextMarkup(buf, 0);
      // The first </sheetData> ahead; looked for again only once passed (inside markup or a row).
      let close = buf.indexOf(SHEET_DATA_END, 0);
      for (;;) {
        // Rows usually follow each other with nothing between: `<row` right here needs no search.
        const open = buf[p] === LT && buf[p + 1] === 0x72 && buf[p + 2] === 0x6f && buf[p + 3] === 0x77 ? p : buf.indexOf(ROW_OPEN, p);
        const next = open === -1 ? (markup === -1 ? end : markup) : markup === -1 ? open : Math.min(open, markup);
        if (close !== -1 && close < p) close = buf.indexOf(SHEET_DATA_END, p);
        if (close !== -1 && close < next) {
          // The rows end here: anything after </sheetData> is not a row.
          sheetDataEnded = true;
          p = end;
          break;
        }
        if (markup !== -1 && markup === next) {
          // Markup between rows (the XML declaration, a comment): skipped whole, whatever it holds.
          const after = markupEnd(buf, markup, end);
          if (after === -1) {
            p = markup;
            break;
          }
          p = after;
          markup = nextMarkup(buf, p);
          continue;
        }
        if (open === -1) {
          p = Math.max(p, end - 16);
          break;
        }
        if (open + 4 >= end) {
          p = open;
          break;
        }
        if (!endsName(buf[open + 4])) {
          p = open + 4;
          continue;
        }
        const gt = tagEnd(buf, open, end);
        if (gt === -1) {
          p = open;
          break;
        }
        const selfClosing = buf[gt - 1] === SLASH;
        const row = rowNumberOf(buf, open + 4, selfClosing ? gt - 1 : gt, last, ctx);
        if (row <= last) fail(ctx, row, 'số dòng không tăng dần', 'row numbers are not increasing');
        if (selfClosing) {
          last = row;
          p = gt + 1;
          out.op(OP_ROW, row, 0);
          continue;
        }
        let body = buf;
        let bodyStart = gt + 1;
        let bodyEnd: number;
        if (!findEndTag(buf, ROW_CLOSE, gt, end)) {
          p = open;
          break;
        }
        if (markup !== -1 && markup < found) {
          // Comments or CDATA inside the row: its real end is found past them, and its content
          // normalised (CDATA as escaped text) for the cell scan.
          if (!findEndTagSkippingMarkup(buf, ROW_CLOSE, gt + 1, end)) {
            p = open;
            break;
          }
          bodyEnd = found;
          p = foundAfter;
          body = normalizeMarkup(buf, gt + 1, bodyEnd);
          bodyStart = 0;
          bodyEnd = body.length;
          markup = nextMarkup(buf, p);
        } else {
          bodyEnd = found;
          p = foundAfter;
        }
        last = row;
        const rowStart = out.n;
        const textsBefore = out.texts.length;
        out.op(OP_ROW, row, 0);
        try {
          scanCells(body, bodyStart, bodyEnd, row, ctx, out);
        } catch (error) {
          out.n = rowStart; // the rows before the broken one go first
          out.texts.length = textsBefore;
          if (error instanceof XmlTextError) fail(ctx, row, error.vi, error.en);
          throw error;
        }
      }
      work.keep(p);
      if (work.kept > MAX_ROW_BYTES) fail(ctx, last + 1, 'một dòng quá lớn', 'a row is too large');
      if (out.n > 0 && out.n >= batchWords) yield out.take();
    }
    if (!sawSheetData) {
      throw new InputError(importInputErrors.sheet_without_data, { path: { file: ctx.file, sheet: ctx.sheet } });
    }
    if (!sheetDataEnded) {
      throw new InputError(importInputErrors.sheet_cut_short, { path: { file: ctx.file, sheet: ctx.sheet, row: last } });
    }
  } catch (error) {
    failure =
      error instanceof XmlTextError
        ? new InputError(importInputErrors.sheet_xml_text, { path: { file: ctx.file, sheet: ctx.sheet }, params: { problemVi: error.vi, problemEn: error.en } })
        : error;
  }
  if (out.n > 0) yield out.take();
  if (failure !== undefined) throw failure;
}

/** The `r` of a row start tag (attributes `s`..`e`): its number, at most Excel's last row; the next row when absent. */
function rowNumberOf(buf: Buffer, s: number, e: number, last: number, ctx: SheetContext): number {
  let has: boolean;
  try {
    has = attributeValue(buf, s, e, 0x72);
  } catch (error) {
    if (error instanceof XmlTextError) fail(ctx, last + 1, error.vi, error.en);
    throw error;
  }
  if (!has) return last + 1;
  let vs = attrStart;
  let ve = attrEnd;
  while (vs < ve && isSpace(buf[vs])) vs++;
  while (ve > vs && isSpace(buf[ve - 1])) ve--;
  const n = ve > vs && ve - vs <= 10 ? digits(buf, vs, ve) : Number.NaN;
  if (Number.isNaN(n) && ve - vs <= 10) {
    fail(ctx, last + 1, `số dòng "${buf.toString('latin1', vs, Math.min(ve, vs + 12))}" không đọc được`, `unreadable row number "${buf.toString('latin1', vs, Math.min(ve, vs + 12))}"`);
  }
  if (!(n >= 1 && n <= MAX_ROWS)) {
    fail(ctx, last + 1, `số dòng vượt quá ${MAX_ROWS} (giới hạn của Excel)`, `a row number beyond ${MAX_ROWS} (Excel's limit)`);
  }
  return n;
}

const NO_STRINGS = new SharedStrings('', 0);
