import { InputError } from '@tthc/core';
import { WorkBuffer } from '../_lib/workBuffer';
import type { TableRow } from './tableEvents';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

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

interface Parsed {
  cells: string[];
  next: number;
}

/**
 * Parses one record starting at `start`; `undefined` when the buffer ends inside it and more
 * input may follow. Fields are decoded from the bytes one by one, so a multi-byte character is
 * never split and no field keeps the chunk alive.
 */
function parseRecord(buf: Buffer, start: number, delim: number, final: boolean): Parsed | undefined {
  const cells: string[] = [];
  const end = buf.length;
  let pos = start;
  for (;;) {
    if (pos < end && buf[pos] === QUOTE) {
      let p = pos + 1;
      let escaped = false;
      for (;;) {
        const q = buf.indexOf(QUOTE, p);
        if (q === -1) {
          if (!final) return undefined;
          throw new Error('unterminated quote');
        }
        if (q + 1 < end && buf[q + 1] === QUOTE) {
          escaped = true;
          p = q + 2;
          continue;
        }
        if (q + 1 >= end && !final) return undefined;
        let value = buf.toString('utf8', pos + 1, q);
        if (escaped) value = value.replaceAll('""', '"');
        p = q + 1;
        // Text after the closing quote (malformed) is kept, up to the delimiter.
        let s = p;
        while (s < end && buf[s] !== delim && buf[s] !== LF && buf[s] !== CR) s++;
        if (s > p) value += buf.toString('utf8', p, s);
        cells.push(value);
        pos = s;
        break;
      }
    } else {
      let s = pos;
      while (s < end) {
        const b = buf[s];
        if (b === delim || b === LF || b === CR) break;
        s++;
      }
      cells.push(s > pos ? buf.toString('utf8', pos, s) : '');
      pos = s;
    }
    if (pos >= end) {
      if (!final) return undefined;
      return { cells, next: end };
    }
    const b = buf[pos];
    if (b === delim) {
      pos++;
      continue;
    }
    // End of record: LF, CRLF or a lone CR.
    if (b === CR) {
      if (pos + 1 >= end && !final) return undefined;
      return { cells, next: buf[pos + 1] === LF ? pos + 2 : pos + 1 };
    }
    return { cells, next: pos + 1 };
  }
}

/** The complete records of one buffer, parsed one at a time as they are asked for. */
function* recordsIn(buf: Buffer, state: { pos: number; row: number }, delim: number, final: boolean, check: (cells: string[]) => void): Generator<TableRow> {
  while (state.pos < buf.length) {
    const parsed = parseRecord(buf, state.pos, delim, final);
    if (!parsed) return;
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
    new InputError(
      `${file}, dòng ${state.row + 1}: ô quá dài hoặc dấu ngoặc kép không được đóng / row ${state.row + 1}: a cell is too long or a quote is never closed`,
    );
  const check = (cells: string[]) => {
    for (let c = 0; c < cells.length; c++) {
      if ((cells[c]?.length ?? 0) > maxCellLength) {
        throw new InputError(
          `${file}, dòng ${state.row}, cột ${c + 1}: ô dài hơn ${maxCellLength} ký tự / row ${state.row}, column ${c + 1}: a cell longer than ${maxCellLength} characters`,
        );
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
      if (error instanceof InputError) throw error;
      throw tooLong();
    }
    yield rows;
  }
}
