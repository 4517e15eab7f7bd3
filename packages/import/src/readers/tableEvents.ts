import type { RowLocation } from '@tthc/core';
import { NoTableError } from '../_lib/noTableError';
import type { RowEvent, RowStream } from '../_lib/events';
import { detectHeader } from '../presets/detectHeader';
import { foldWord } from '../presets/fold';
import { type Cell, type RowContext, mapRow } from '../presets/mapRow';
import type { Preset } from '../presets/preset';
import type { DateSystem } from '../presets/parseDate';
import { DateShapes } from '../presets/dateShapes';
import { importInputErrors } from '../importErrors';

/** One row of a sheet or CSV file: its 1-based number and its cells by column. */
export interface TableRow {
  row: number;
  cells: Cell[];
}

/**
 * The rows of a table. A reader that can skip the decoding of cells nobody maps offers `want`,
 * which is told the mapped columns once the heading is known.
 */
export type TableRows = AsyncIterable<Iterable<TableRow>> & { want?: (columns: readonly number[]) => void };

const LOOK = 50;
const TOTALS = /^(tong so|tong cong|tong|cong)( |$)/;
const HAS_DIGIT = /\d/;

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === undefined || c === null || c === '' || (typeof c === 'string' && c.trim() === ''));

function firstText(cells: readonly Cell[]): string | undefined {
  for (const c of cells) {
    if (typeof c === 'string' && c.trim() !== '') return c;
    if (c !== undefined && c !== null && c !== '') return undefined;
  }
  return undefined;
}

/**
 * Whether a text may fold to a totals line ({@link TOTALS}): its first ASCII letter or digit is
 * t or c, or a non-ASCII character comes first (left to the full fold). "Tổng số" may, a row
 * number or a dossier code ("000.00.12.H26-…") may not — so the fold runs for almost no data row.
 */
function mayBeTotals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0x80) return true;
    if (ch >= 0x30 && ch <= 0x39) return false;
    const c = ch | 0x20; // ASCII letters folded to lower case
    if (c >= 0x61 && c <= 0x7a) return c === 0x74 || c === 0x63;
  }
  return false;
}

export interface TableOptions {
  file: string;
  sheet?: string;
  forced?: Preset;
  dateSystem?: DateSystem;
  cleanCells: boolean;
  /** Fill gaps in row numbers with blank rows (workbooks leave empty rows out). */
  fillGaps: boolean;
  /** Set on the stream once the preset is known. */
  stream: RowStream;
  /** Whether the applicant is kept (else its column is not read). Default true. */
  keepApplicant?: boolean;
}

/**
 * Turns the rows of a table into row events: rows above the heading are skipped (`title` or
 * `blank`), the heading rows are skipped (`header`), then each row is blank, a totals row
 * ("Tổng số: …"), a comment (no code and fewer than three values), a repeated heading, or a
 * dossier record. Throws an `InputError` when the table is empty or has no recognisable heading.
 */
export async function* tableEvents(batches: TableRows, options: TableOptions): AsyncIterable<Iterable<RowEvent>> {
  const where = options.sheet === undefined ? options.file : `${options.file} (${options.sheet})`;
  const head: TableRow[] = [];
  const iterator = batches[Symbol.asyncIterator]();
  const pending: TableRow[] = [];
  let expected = 1;
  // The first LOOK rows (gaps filled with blank rows) are looked at for the heading; a row past
  // them, or past a gap that goes beyond them, waits in `pending`.
  // A gap (rows left out of a sheet's XML) is one blank entry, whatever its length.
  const spans = new Map<TableRow, number>();
  const take = (r: TableRow) => {
    if (head.length >= LOOK || pending.length > 0) {
      pending.push(r);
      return;
    }
    if (options.fillGaps && expected < r.row) {
      const filler = { row: expected, cells: [] };
      spans.set(filler, r.row - expected);
      head.push(filler);
      if (head.length >= LOOK) {
        expected = r.row;
        pending.push(r);
        return;
      }
    }
    head.push(r);
    expected = r.row + 1;
  };
  while (head.length < LOOK && pending.length === 0) {
    const next = await iterator.next();
    if (next.done) break;
    for (const r of next.value) take(r);
  }
  if (head.every((r) => isBlank(r.cells))) {
    throw new NoTableError(importInputErrors.sheet_empty, { path: { file: options.file }, params: { where } });
  }
  const match = detectHeader(
    head.map((r) => r.cells),
    options.forced,
  );
  if (!match) {
    throw new NoTableError(importInputErrors.no_header, { path: { file: options.file }, params: { where, rows: LOOK } });
  }
  options.stream.source = match.preset.name;
  const headingRows = head.slice(match.first, match.last + 1);
  const mapped = new Set(match.columns.map((c) => c.index));
  const ignored = new Set<string>();
  for (const r of headingRows) {
    r.cells.forEach((c, i) => {
      if (!mapped.has(i) && typeof c === 'string' && c.trim() !== '') ignored.add(c.replace(/\s+/g, ' ').trim());
    });
  }
  options.stream.heading = {
    rows: headingRows.map((r) => r.row),
    columns: match.columns.map((c) => ({ heading: c.heading, field: c.field })),
    ignored: [...ignored],
  };
  const dropApplicant = options.keepApplicant === false;
  batches.want?.(match.columns.filter((c) => !(dropApplicant && c.field === 'applicant')).map((c) => c.index));
  const ctx: RowContext = {
    preset: match.preset,
    dateSystem: options.dateSystem ?? '1900',
    cleanCells: options.cleanCells,
    serialDates: options.dateSystem !== undefined,
    dropApplicant,
    dateShapes: new DateShapes(),
  };
  const codeColumn = match.columns.find((c) => c.field === 'code');
  const codeHeadings = new Set(
    [...match.preset.headings].filter(([, f]) => f === 'code').map(([h]) => h),
  );
  const loc = (row: number): RowLocation =>
    options.sheet === undefined ? { file: options.file, row } : { file: options.file, sheet: options.sheet, row };

  const columns: Record<string, string> = {};
  for (const c of match.columns) columns[c.field] = c.heading;
  const classify = (r: TableRow, i: number): RowEvent => {
    const path = loc(r.row);
    if (i < match.first) return { kind: 'skip', path, reason: isBlank(r.cells) ? 'blank' : 'title' };
    if (i <= match.last) return { kind: 'skip', path, reason: 'header' };
    if (isBlank(r.cells)) return { kind: 'skip', path, reason: 'blank' };
    const first = firstText(r.cells);
    if (first !== undefined && mayBeTotals(first) && TOTALS.test(foldWord(first))) return { kind: 'skip', path, reason: 'totals' };
    const code = codeColumn ? r.cells[codeColumn.index] : undefined;
    const hasCode = code !== undefined && code !== null && code !== '';
    // A repeated heading (page headers of some exports); codes have digits, headings do not.
    if (hasCode && typeof code === 'string' && !HAS_DIGIT.test(code) && codeHeadings.has(foldWord(code))) {
      return { kind: 'skip', path, reason: 'header' };
    }
    if (!hasCode) {
      let filled = 0;
      for (const c of match.columns) {
        const v = r.cells[c.index];
        if (v !== undefined && v !== null && v !== '') filled++;
      }
      if (filled < 3) return { kind: 'skip', path, reason: 'comment' };
    }
    const { record, issues } = mapRow(r.cells, match.columns, path, ctx);
    if (issues.length > 0) return { kind: 'reject', issues };
    return { kind: 'record', path, record, columns };
  };

  let i = 0;
  yield head.map((r) => {
    const event = classify(r, i++);
    const span = spans.get(r) ?? 1;
    return span > 1 && event.kind === 'skip' ? { ...event, rows: span } : event;
  });
  // A batch at a time: its rows classified and mapped in one pass.
  function events(batch: Iterable<TableRow>): RowEvent[] {
    const out: RowEvent[] = [];
    for (const r of batch) {
      if (options.fillGaps) {
        if (expected < r.row) {
          // Rows left out of the XML: one event for the whole gap, whatever its length.
          const n = r.row - expected;
          i += n;
          out.push(n === 1 ? { kind: 'skip', path: loc(expected), reason: 'blank' } : { kind: 'skip', path: loc(expected), reason: 'blank', rows: n });
        }
        expected = r.row + 1;
      }
      out.push(classify(r, i++));
    }
    return out;
  }
  yield events(pending);
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    yield events(next.value);
  }
  ctx.dateShapes?.check(where);
}
