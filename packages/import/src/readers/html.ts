import { StringDecoder } from 'node:string_decoder';
import { InputError } from '@tthc/core';
import { foldWord } from '../presets/fold';
import type { TableRow } from './tableEvents';
import { importInputErrors } from '../importErrors';

// HTML-table exports: web one-stop systems save a page's <table> as ".xls" (TD DichVuCong's
// `downloadPhieuExcel`, docs/sources.md) or ".htm". Parsed with htmlparser2 (a streaming,
// forgiving parser: entities, unclosed <td>/<tr>, any case), so a large list never sits in memory
// as a tree. Merged cells follow the workbook convention the header detection expects: a
// colspan/rowspan cell's text is in its first slot, the slots it covers are empty.

const MAX_COLUMNS = 16_384;

interface OpenCell {
  col: number;
  colspan: number;
  rowspan: number;
  text: string;
}

const span = (v: string | undefined) => {
  const n = Number.parseInt(v ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_COLUMNS) : 1;
};

/**
 * Streams the rows of every `<table>` of an HTML text (its `<tr>`s in order, numbered from 1), as
 * {@link TableRow}s of text cells: `<br>` and block elements become spaces, white space is
 * collapsed, entities are decoded.
 *
 * @param file - the input's name, for messages
 * @param chunks - the text as UTF-8 bytes (already decoded from the page's charset)
 * @param maxCellLength - longest cell allowed, in characters
 */
export async function* readHtmlRows(file: string, chunks: AsyncIterable<Buffer>, maxCellLength: number): AsyncIterable<Iterable<TableRow>> {
  let out: TableRow[] = [];
  let rowNumber = 0;
  let row: string[] | undefined;
  let cell: OpenCell | undefined;
  let col = 0;
  /** Columns covered by a rowspan from a row above: how many more rows they cover. */
  const carried = new Map<number, number>();
  let carriedAtStart: number[] = [];
  let quirk: TdQuirk | undefined;
  let depth = 0;

  const closeCell = () => {
    if (!row || !cell) return;
    const text = cell.text.replace(/\s+/g, ' ').trim();
    if (text.length > maxCellLength) {
      throw new InputError(importInputErrors.html_cell_too_long, { path: { file, row: rowNumber + 1 }, params: { max: maxCellLength } });
    }
    row[cell.col] = text;
    for (let k = 0; k < cell.colspan; k++) {
      if (cell.col + k > 0 && k > 0) row[cell.col + k] = '';
      if (cell.rowspan > 1) carried.set(cell.col + k, cell.rowspan - 1);
    }
    col = cell.col + cell.colspan;
    cell = undefined;
  };
  const startRow = () => {
    row = [];
    col = 0;
    carriedAtStart = [...carried.keys()];
  };
  const closeRow = () => {
    if (!row) return;
    closeCell();
    for (const c of carriedAtStart) {
      const left = (carried.get(c) ?? 1) - 1;
      if (left <= 0) carried.delete(c);
      else carried.set(c, left);
    }
    rowNumber++;
    const cells = Array.from(row, (v) => v ?? '');
    quirk = tdQuirk(cells, quirk);
    out.push({ row: rowNumber, cells });
    row = undefined;
  };

  // Loaded when an HTML export is read (it costs ~0.1 s of start-up to every other import).
  const { Parser } = await import('htmlparser2');
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'table') depth++;
        else if (depth === 0) return;
        else if (name === 'tr') {
          closeRow();
          startRow();
        } else if (name === 'td' || name === 'th') {
          if (!row) startRow();
          closeCell();
          while (carried.has(col) && carriedAtStart.includes(col)) col++;
          if (col >= MAX_COLUMNS) throw new InputError(importInputErrors.html_too_many_columns, { path: { file, row: rowNumber + 1 }, params: { max: MAX_COLUMNS } });
          cell = { col, colspan: span(attrs.colspan), rowspan: span(attrs.rowspan), text: '' };
        } else if (cell && (name === 'br' || name === 'p' || name === 'div' || name === 'li')) cell.text += ' ';
      },
      ontext(text) {
        if (cell) cell.text += text;
      },
      onclosetag(name) {
        if (depth === 0) return;
        if (name === 'td' || name === 'th') closeCell();
        else if (name === 'tr') closeRow();
        else if (name === 'table') {
          closeRow();
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    parser.write(decoder.write(chunk));
    if (out.length > 0) {
      yield out;
      out = [];
    }
  }
  parser.write(decoder.end());
  parser.end();
  closeRow();
  if (out.length > 0) yield out;
}

/** TD DichVuCong's list (docs/sources.md): its rows have no cell under "Người tiếp nhận". */
interface TdQuirk {
  width: number;
  at: number;
}

/**
 * TD's dossier list heads a "Người tiếp nhận" column that its rows never fill (each data cell sits
 * one column left of its heading). Once that heading row is seen, a row exactly one cell short
 * gets the missing empty cell back.
 */
function tdQuirk(cells: string[], quirk: TdQuirk | undefined): TdQuirk | undefined {
  if (quirk === undefined) {
    const at = cells.findIndex((c) => foldWord(c) === 'nguoi tiep nhan');
    if (at > 0 && cells.some((c) => foldWord(c) === 'ma ho so') && cells.some((c) => foldWord(c) === 'ten thu tuc hanh chinh')) return { width: cells.length, at };
    return undefined;
  }
  if (cells.length === quirk.width - 1) cells.splice(quirk.at, 0, '');
  return quirk;
}
