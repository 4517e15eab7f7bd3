import { InputError, parseCsvRecord, type Utf8Slice } from '@tthc/core';
import { importInputErrors } from '../importErrors';
import { WorkBuffer } from '../_lib/workBuffer';
import type { TableRow } from './tableEvents';

/**
 * Picks the delimiter of a CSV text — comma, semicolon or tab — as the one that occurs most
 * often outside quotes in its first lines.
 */
export function detectDelimiter(sample: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < sample.length && lines < 30; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
    else if (!quoted && ch === '\n') lines++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/** Buffer's own UTF-8 decoder (faster than TextDecoder on small ranges). */
const bufferSlice: Utf8Slice = (buf, start, end) => (buf as Buffer).toString('utf8', start, end);

/** A quote never closed in field `field` (0-based) of the record being read (the one CSV reader's rule). */
class UnclosedQuote extends Error {
  constructor(readonly field: number) {
    super('unclosed quote');
  }
}

/** The complete records of one buffer, parsed one at a time as they are asked for. */
function* recordsIn(buf: Buffer, state: { pos: number; row: number }, delim: number, final: boolean, check: (cells: string[]) => void): Generator<TableRow> {
  while (state.pos < buf.length) {
    const parsed = parseCsvRecord(buf, state.pos, delim, final, bufferSlice);
    if (parsed.kind === 'incomplete') return;
    if (parsed.kind === 'unclosedQuote') throw new UnclosedQuote(parsed.field);
    state.row++;
    state.pos = parsed.next;
    check(parsed.cells);
    yield { row: state.row, cells: parsed.cells };
  }
}

/**
 * Reads CSV rows from UTF-8 chunks (RFC 4180: quoted fields with delimiters, quotes and line
 * breaks inside): one lazy batch per chunk, each record parsed when the consumer reaches it.
 * Row numbers count records, as a spreadsheet program shows them.
 *
 * @param file - the input's name, for messages
 * @param chunks - the text as UTF-8 chunks
 * @param delimiter - `,`, `;` or tab
 * @param maxCellLength - longest field allowed, in characters
 */
export async function* readCsvRows(
  file: string,
  chunks: AsyncIterable<Buffer>,
  delimiter: string,
  maxCellLength: number,
): AsyncIterable<Iterable<TableRow>> {
  const delim = delimiter.charCodeAt(0);
  const maxRecordBytes = maxCellLength * 4 * 8 + 1024 * 1024;
  const state = { pos: 0, row: 0 };
  const tooLong = () =>
    new InputError(importInputErrors.csv_record_too_long, { path: { file, row: state.row + 1 } });
  const check = (cells: string[]) => {
    for (let c = 0; c < cells.length; c++) {
      if ((cells[c]?.length ?? 0) > maxCellLength) {
        throw new InputError(importInputErrors.csv_cell_too_long, { path: { file, row: state.row, column: c + 1 }, params: { max: maxCellLength } });
      }
    }
  };
  const work = new WorkBuffer();
  for await (const chunk of chunks) {
    const buf = work.append(chunk);
    state.pos = 0;
    const rows = recordsIn(buf, state, delim, false, check);
    yield rows;
    for (const _ of rows) void _;
    work.keep(state.pos);
    if (work.kept > maxRecordBytes) throw tooLong();
  }
  if (work.kept > 0) {
    const carry = work.append(Buffer.alloc(0));
    state.pos = 0;
    const rows: TableRow[] = [];
    try {
      for (const r of recordsIn(carry, state, delim, true, check)) rows.push(r);
    } catch (error) {
      if (!(error instanceof UnclosedQuote)) throw error;
      const row = state.row + 1;
      throw new InputError(importInputErrors.csv_unclosed_quote, { path: { file, row, column: error.field + 1 } });
    }
    yield rows;
  }
}
