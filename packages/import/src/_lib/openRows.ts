import { InputError } from '@tthc/core';
import { readCsvRows, detectDelimiter } from '../readers/csv';
import { readHtmlRows } from '../readers/html';
import { readJsonDocument } from '../readers/json';
import { readJsonLines } from '../readers/jsonLines';
import { objectEvents } from '../readers/objectEvents';
import { type TableRow, tableEvents } from '../readers/tableEvents';
import { cleanText } from './cleanText';
import { type LegacyEncoding, detectLegacy } from './legacyVietnamese';
import { type WorkerChoice, openWorkbook } from '../readers/xlsx/readWorkbook';
import type { RowEvent, RowStream } from './events';
import { NoTableError } from './noTableError';
import { convertToXlsx, encryptedError, legacyKind } from './legacyWorkbook';
import { isOds, openOds } from '../readers/ods/readOds';
import type { ReaderLimits } from './limits';
import type { Forced } from './resolvePreset';
import type { ByteSource } from './source';
import { htmlChunks, utf8Chunks } from './utf8Chunks';
import { importInputErrors } from '../importErrors';

export type InputFormat = RowStream['format'];

/**
 * Recognises the format of an input from its first bytes (never from its name): a zip is a
 * workbook, an OLE2 file is an encrypted workbook or a legacy .xls, `{`/`[` is JSON (Lines),
 * other text is CSV; binary data is refused.
 */
export async function sniffFormat(source: ByteSource): Promise<InputFormat> {
  const head = await source.read(0, 4096);
  if (head.length === 0) throw new InputError(importInputErrors.empty_file, { path: { file: source.name } });
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) throw encryptedError(source);
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] === 0x7b) return isJsonLines(head.subarray(i)) ? 'jsonl' : 'json';
  // An HTML page holding a table, whatever its name (".xls" from a web system, ".htm", ".html").
  if (looksHtml(head)) return 'html';
  if (head[i] === 0x5b) return 'json';
  if (looksBinary(head)) {
    throw new InputError(importInputErrors.binary_not_table, { path: { file: source.name } });
  }
  return 'csv';
}

/** A page of HTML (UTF-8, legacy or UTF-16 with its mark): it starts with a tag and names <html> or <table>. */
function looksHtml(head: Buffer): boolean {
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : undefined;
  const text = utf16 ? new TextDecoder(utf16).decode(head) : head.toString('latin1');
  return /^(\uFEFF|\u00EF\u00BB\u00BF)?\s*</.test(text) && /<(table|html|!doctype html)[\s>]/i.test(text);
}

/** Binary data: zero bytes outside a UTF-16 pattern, or many control bytes. */
function looksBinary(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let zeros = 0;
  let controls = 0;
  for (const b of head) {
    if (b === 0) zeros++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  const utf16 = zeros > head.length / 4 && zeros < (head.length * 3) / 4;
  return (!utf16 && zeros > 0) || controls > head.length / 20;
}

/** A `{`-led input is JSON Lines when its first line is a whole JSON value. */
function isJsonLines(head: Buffer): boolean {
  const nl = head.indexOf(10);
  if (nl === -1) return true;
  try {
    JSON.parse(head.toString('utf8', 0, nl));
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens an input as a stream of row events: the reader of its format, then the source preset
 * (detected from headings or keys, or forced). Without `keepApplicant`, the applicant's column of
 * a table is not even read (it would be dropped anyway).
 */
export async function openRows(
  source: ByteSource,
  forced: Forced,
  limits: ReaderLimits,
  keepApplicant = true,
  worker: WorkerChoice = 'auto',
): Promise<RowStream> {
  // .xls: converted to .xlsx by LibreOffice first; an encrypted workbook is refused.
  const legacy = await legacyKind(source);
  if (legacy === 'encrypted') throw encryptedError(source);
  if (legacy !== undefined && !limits.convertLegacy) {
    throw new InputError(importInputErrors.legacy_refused, { path: { file: source.name }, params: { kind: legacy } });
  }
  if (legacy !== undefined) {
    const stream = await openRows(await convertToXlsx(source, legacy), forced, limits, keepApplicant, false);
    stream.format = legacy;
    return stream;
  }
  const format = await sniffFormat(source);
  const preset = forced.kind === 'preset' ? forced.preset : undefined;
  const canonical = forced.kind === 'canonical';
  const stream: RowStream = { format, source: 'canonical', events: [] as never };
  if (format === 'jsonl' || format === 'json') {
    const objects = format === 'jsonl' ? readJsonLines(source.name, (await utf8Chunks(source)).chunks) : readJsonDocument(source);
    stream.events = objectEvents(objects, stream, preset, canonical);
    return stream;
  }
  if (canonical) {
    throw new InputError(importInputErrors.canonical_needs_json, { path: { file: source.name } });
  }
  if (format === 'html') {
    const { chunks } = await htmlChunks(source);
    stream.events = tableEvents(readHtmlRows(source.name, chunks, limits.maxCellLength), {
      file: source.name, forced: preset, cleanCells: true, fillGaps: false, stream, keepApplicant,
    });
    return stream;
  }
  if (format === 'csv') {
    const head = await source.read(0, 64 * 1024);
    const { chunks, encoding } = await utf8Chunks(source);
    const sample = encoding === 'utf-8' ? head.toString('utf8') : new TextDecoder(encoding).decode(head);
    let rows = readCsvRows(source.name, chunks, detectDelimiter(sample), limits.maxCellLength);
    // Not UTF-8: a legacy file; TCVN3 or VNI is decided once for the whole file.
    if (encoding === 'windows-1252') rows = convertRows(rows, detectLegacy(sample) ?? 'tcvn3');
    stream.events = tableEvents(rows, { file: source.name, forced: preset, cleanCells: true, fillGaps: false, stream, keepApplicant });
    return stream;
  }
  // An OpenDocument spreadsheet (a zip whose mimetype says so) is read natively.
  const ods = await isOds(source, limits);
  if (ods) stream.format = 'ods';
  const workbook = ods ? await openOds(source, limits) : await openWorkbook(source, limits, worker, preset?.sheet);
  // The sheet a mapping names; else the first sheet with a dossier list (a summary sheet may
  // come first).
  const candidates = preset?.sheet === undefined ? workbook.sheets : [preset.sheet];
  let firstError: unknown;
  for (const sheet of candidates) {
    const rows = workbook.rows(sheet);
    const events = tableEvents(rows, {
      file: source.name,
      sheet,
      forced: preset,
      dateSystem: workbook.dateSystem,
      cleanCells: false,
      fillGaps: true,
      stream,
      keepApplicant,
    })[Symbol.asyncIterator]();
    let first: IteratorResult<Iterable<RowEvent>>;
    try {
      first = await events.next();
    } catch (error) {
      rows.close?.();
      if (!(error instanceof NoTableError)) throw error;
      firstError ??= error;
      continue;
    }
    stream.sheet = sheet;
    stream.events = resume(first, events);
    return stream;
  }
  if (candidates.length > 1) {
    throw new InputError(importInputErrors.no_sheet_with_list, { path: { file: source.name }, params: { sheets: candidates } });
  }
  throw firstError;
}

/** The rest of an iteration whose first step was already taken. */
async function* resume<T>(first: IteratorResult<T>, rest: AsyncIterator<T>): AsyncIterable<T> {
  if (first.done) return;
  yield first.value;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

async function* convertRows(batches: AsyncIterable<Iterable<TableRow>>, legacy: LegacyEncoding): AsyncIterable<Iterable<TableRow>> {
  for await (const rows of batches) {
    const out: TableRow[] = [];
    for (const r of rows) out.push({ row: r.row, cells: r.cells.map((c) => (typeof c === 'string' ? cleanText(c, legacy) : c)) });
    yield out;
  }
}
