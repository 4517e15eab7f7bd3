import { InputError } from '@tthc/core';
import type { ReaderLimits } from '../../_lib/limits';
import type { ByteSource } from '../../_lib/source';
import type { Cell } from '../../presets/mapRow';
import type { TableRow, TableRows } from '../tableEvents';
import { MAX_COLUMNS } from '../xlsx/sheetContext';
import { MAX_ROWS } from '../xlsx/cellBytes';
import { checkUtf8 } from '../xlsx/xmlEntry';
import { type ZipEntry, inflateEntry, readZipDirectory } from '../xlsx/zip';
import type { Workbook } from '../xlsx/readWorkbook';
import { odsEvents } from './odsContent';
import { XmlTextError } from '../xlsx/xmlMarkup';
import { importInputErrors } from '../../importErrors';

// An OpenDocument spreadsheet (.ods, ODF 1.2/1.3) read natively: its zip in any entry order, its
// content.xml streamed. Repeated rows and cells are expanded only where they hold a value (an
// empty repeat is a gap, as the xlsx reader's), up to Excel's limits, and at most
// MAX_REPEATED_CELLS cells over a sheet: a 1 kB file cannot declare a billion rows of work.

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** Cells a sheet's repeats may add, over its whole length. */
export const MAX_REPEATED_CELLS = 1_000_000;
/** Cells in one batch of rows. */
const BATCH_CELLS = 65_536;

/** Whether a zip is an OpenDocument spreadsheet: its `mimetype` entry (wherever it lies) names one. */
export async function isOds(source: ByteSource, limits: ReaderLimits): Promise<boolean> {
  const entries = await readZipDirectory(source).catch(() => undefined);
  const mimetype = entries?.get('mimetype');
  if (!entries || !mimetype || entries.has('xl/workbook.xml') || mimetype.size > 256) return false;
  const parts: Buffer[] = [];
  for await (const chunk of inflateEntry(source, mimetype, limits)) parts.push(chunk);
  return Buffer.concat(parts).toString('latin1').trim() === ODS_MIME;
}

/**
 * Opens an .ods: its sheets (tables) by name, each streamed as rows of cells (dates and times as
 * 1900-system serials, as an xlsx gives them).
 *
 * @throws InputError naming the file: no content.xml, markup that is not XML, a repeat past the limits
 */
export async function openOds(source: ByteSource, limits: ReaderLimits): Promise<Workbook> {
  const entries = await readZipDirectory(source);
  const content = entries.get('content.xml');
  if (!content) throw new InputError(importInputErrors.ods_without_content, { path: { file: source.name } });
  const sheets: string[] = [];
  for await (const batch of events(source, content, limits, undefined)) for (const e of batch) if (e.kind === 'table') sheets.push(e.name);
  if (sheets.length === 0) throw new InputError(importInputErrors.workbook_without_sheets, { path: { file: source.name } });
  return { sheets, dateSystem: '1900', rows: (sheet) => sheetRows(source, content, limits, sheet) };
}

function events(source: ByteSource, content: ZipEntry, limits: ReaderLimits, sheet: string | undefined) {
  return (async function* () {
    try {
      yield* odsEvents(checkUtf8(source.name, content.name, inflateEntry(source, content, limits)));
    } catch (error) {
      if (!(error instanceof XmlTextError)) throw error;
      throw new InputError(importInputErrors.ods_xml, { path: { file: source.name, ...(sheet ? { sheet } : {}) }, params: { problemVi: error.vi, problemEn: error.en } });
    }
  })();
}

/** The rows of one sheet, repeats expanded where they hold a value. */
async function* sheetRows(source: ByteSource, content: ZipEntry, limits: ReaderLimits, sheet: string): TableRows {
  const path = { file: source.name, sheet };
  let inSheet = false;
  let seen = false;
  let row = 0; // the last row number given
  let repeat = 1;
  let cells: Cell[] = [];
  let col = 0; // the next cell's column (cells holds the row up to its last value)
  let filled = false;
  let added = 0; // cells the repeats added
  let batch: TableRow[] = [];
  let batchCells = 0;
  const tooMany = (at: number) => new InputError(importInputErrors.ods_repeat_too_large, { path: { ...path, row: at }, params: { max: MAX_REPEATED_CELLS } });
  for await (const list of events(source, content, limits, sheet)) {
    for (const e of list) {
      if (e.kind === 'table') {
        inSheet = !seen && e.name === sheet;
        seen ||= inSheet;
        continue;
      }
      if (!inSheet) continue;
      if (e.kind === 'tableEnd') {
        inSheet = false;
      } else if (e.kind === 'row') {
        [repeat, cells, col, filled] = [e.repeat, [], 0, false];
      } else if (e.kind === 'cell') {
        if (e.value === undefined || e.value === '') {
          col = Math.min(col + e.repeat, MAX_COLUMNS + 1); // a gap: no cell made
          continue;
        }
        if (col + e.repeat > MAX_COLUMNS) {
          throw new InputError(importInputErrors.sheet_row_problem, { path: { ...path, row: row + 1 }, params: { problemVi: `cột vượt quá ${MAX_COLUMNS} (giới hạn của Excel)`, problemEn: `a column beyond ${MAX_COLUMNS} (Excel's limit)` } });
        }
        if ((added += e.repeat - 1) > MAX_REPEATED_CELLS) throw tooMany(row + 1);
        if (cells.length < col) cells.length = col;
        for (let i = 0; i < e.repeat; i++) cells.push(e.value);
        col += e.repeat;
        filled = true;
      } else if (e.kind === 'rowEnd') {
        if (!filled) {
          row += repeat; // blank rows: a gap in the numbering
          continue;
        }
        for (let i = 0; i < repeat; i++) {
          row += 1;
          if (row > MAX_ROWS) {
            throw new InputError(importInputErrors.sheet_row_problem, { path: { ...path, row }, params: { problemVi: `số dòng vượt quá ${MAX_ROWS} (giới hạn của Excel)`, problemEn: `a row number beyond ${MAX_ROWS} (Excel's limit)` } });
          }
          if (i > 0 && (added += cells.length) > MAX_REPEATED_CELLS) throw tooMany(row);
          batch.push({ row, cells: i === 0 ? cells : cells.slice() });
          batchCells += cells.length + 1;
          if (batchCells >= BATCH_CELLS) {
            yield batch;
            [batch, batchCells] = [[], 0];
          }
        }
      }
    }
  }
  if (batch.length > 0) yield batch;
}
