import { posix } from 'node:path';
import { InputError } from '@tthc/core';
import type { ReaderLimits } from '../../_lib/limits';
import type { ByteSource } from '../../_lib/source';
import type { DateSystem } from '../../presets/parseDate';
import type { TableRow, TableRows } from '../tableEvents';
import { SharedStrings } from './sharedStrings';
import { readSharedStrings } from './sharedStringsReader';
import { type SheetContext, MAX_COLUMNS as MAX_WANTED, readSheetRows } from './sheetRows';
import { xmlChunks } from './xmlEntry';
import { XmlTextError } from './xmlMarkup';
import { attribute } from './xmlText';
import { scanWorkerFile, workerRows } from '../../worker/workerRows';
import type { SheetJob } from '../../worker/sheetJob';
import { type ZipEntry, readZipDirectory } from './zip';
import { importInputErrors } from '../../importErrors';

/** An opened workbook: its sheets in order, its date system, and the rows of any sheet. */
export interface Workbook {
  sheets: string[];
  dateSystem: DateSystem;
  /** Streams the rows of a sheet, inflated as they are read. */
  rows(sheet: string): TableRows & { close?(): void };
}

/**
 * Whether a sheet is scanned on a worker thread: `'auto'` for a workbook file whose sheet inflates
 * to at least {@link WORKER_MIN_BYTES} (about 20 000 rows), `true` for any workbook file, `false`
 * never. Buffers, and any input when the built worker is absent, are read on this thread.
 */
export type WorkerChoice = boolean | 'auto';

/** The largest shared-string table whose text the worker writes into shared memory. */
const MAX_SHARED_STRINGS = 1 << 28;

/** The inflated sheet size from which `'auto'` scans on a worker (about 20 000 rows of an export). */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

async function readSmall(source: ByteSource, entry: ZipEntry, limits: ReaderLimits): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of xmlChunks(source, entry, limits)) {
    size += chunk.length;
    if (size > 64 * 1024 * 1024) throw new InputError(importInputErrors.workbook_part_too_large, { path: { file: source.name }, params: { part: entry.name } });
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}

/**
 * Opens a workbook (.xlsx) for streaming: reads the zip's central directory, the workbook's sheet
 * list and relationships, and gives the rows of any sheet, inflated as they are read. The
 * shared-string table is read whatever the order of the entries in the file: whole, at once, for
 * a sheet read on this thread; on the worker, alongside the rows, for a sheet scanned there.
 *
 * @param source - the workbook
 * @param limits - zip bomb and cell caps
 * @param worker - whether the sheet is scanned on a worker thread (see {@link WorkerChoice})
 * @param sheetHint - the sheet most likely read (default the first): on a worker, its scan starts at once
 * @throws InputError for a zip that is not a workbook, a workbook without sheets and every broken file
 */
export async function openWorkbook(
  source: ByteSource,
  limits: ReaderLimits,
  worker: WorkerChoice = 'auto',
  sheetHint?: string,
): Promise<Workbook> {
  const entries = await readZipDirectory(source);
  const workbookEntry = entries.get('xl/workbook.xml');
  if (!workbookEntry) {
    throw new InputError(importInputErrors.not_a_workbook, { path: { file: source.name } });
  }
  const workbook = await readSmall(source, workbookEntry, limits);
  const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
  const rels = relsEntry ? await readSmall(source, relsEntry, limits) : '';
  let parts: WorkbookParts;
  try {
    parts = workbookParts(workbook, rels);
  } catch (error) {
    if (error instanceof XmlTextError) {
      throw new InputError(importInputErrors.workbook_xml_text, { path: { file: source.name }, params: { problemVi: error.vi, problemEn: error.en } });
    }
    throw error;
  }
  const { targets, sheets, date1904 } = parts;
  const resolve = (target: string) => (target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target)));
  if (sheets.length === 0) throw new InputError(importInputErrors.workbook_without_sheets, { path: { file: source.name } });
  const dateSystem: DateSystem = date1904 === '1' || date1904 === 'true' ? '1904' : '1900';
  const sheetPathOf = (name: string): string => {
    const index = sheets.findIndex((s) => s.name === name);
    const rel = targets.get(sheets[index]?.rel ?? '');
    return rel ? resolve(rel.target) : `xl/worksheets/sheet${index + 1}.xml`;
  };
  const entryOf = (name: string): ZipEntry => {
    if (!sheets.some((s) => s.name === name)) {
      throw new InputError(importInputErrors.no_such_sheet, { path: { file: source.name, sheet: name }, params: { sheets: sheets.map((s) => s.name) } });
    }
    const sheetPath = sheetPathOf(name);
    const sheetEntry = entries.get(sheetPath);
    if (!sheetEntry) {
      throw new InputError(importInputErrors.sheet_part_missing, { path: { file: source.name, sheet: name }, params: { part: sheetPath } });
    }
    return sheetEntry;
  };
  // A file on disk is scanned by the worker, which opens it itself; a buffer is read here.
  const file = source.path;
  const workerFile = worker === false || file === undefined ? undefined : scanWorkerFile();
  const jobOf = (entry: ZipEntry, sheet: string): SheetJob => ({ path: file as string, name: source.name, entry, sheet, limits });
  const onWorker = (entry: ZipEntry) => workerFile !== undefined && (worker === true || entry.size >= WORKER_MIN_BYTES);
  const contextOf = (name: string): SheetContext => ({ file: source.name, sheet: name, strings: NO_STRINGS, maxCellLength: limits.maxCellLength });
  const sstRel = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'));
  const sstEntry = entries.get(sstRel ? resolve(sstRel.target) : 'xl/sharedStrings.xml');
  // The whole shared-string table read on this thread, once, for a sheet read here.
  let whole: Promise<SharedStrings> | undefined;
  const wholeStrings = () =>
    (whole ??= sstEntry
      ? readSharedStrings(source.name, xmlChunks(source, sstEntry, limits), limits.maxCellLength)
      : Promise.resolve(new SharedStrings(source.name, limits.maxCellLength)));
  // The sheet most likely read is started on the worker now, with the shared-string table, which
  // the worker reads alongside the rows, as far as they point: the rows are read from the start.
  let early: { name: string; ctx: SheetContext; rows: TableRows & { close(): void } } | undefined;
  const likely = sheetHint ?? sheets[0]?.name ?? '';
  const likelyEntry = sheets.some((s) => s.name === likely) ? entries.get(sheetPathOf(likely)) : undefined;
  if (workerFile !== undefined && likelyEntry !== undefined && onWorker(likelyEntry)) {
    const ctx = contextOf(likely);
    // Filled by the worker, its text in memory both threads see, set aside by the table's size
    // (which the zip's directory tells and the inflater holds it to): written once, never copied.
    // A table above 256 MB (rare) is copied over in parts instead, into room that grows.
    const stringBytes = sstEntry && sstEntry.size <= MAX_SHARED_STRINGS ? new SharedArrayBuffer(Math.max(sstEntry.size, 1)) : undefined;
    ctx.strings = new SharedStrings(source.name, limits.maxCellLength, Math.min(sstEntry?.size ?? 0, MAX_SHARED_STRINGS) || undefined, stringBytes);
    const job: SheetJob = { ...jobOf(likelyEntry, likely), ...(sstEntry ? { sharedStrings: sstEntry, stringBytes } : {}) };
    early = { name: likely, ctx, rows: workerRows(workerFile, job, ctx) };
  } else {
    await wholeStrings(); // a broken table fails the opening
  }
  return {
    sheets: sheets.map((s) => s.name),
    dateSystem,
    rows: (name) => {
      if (early?.name === name) {
        const { rows, ctx } = early;
        early = undefined;
        return withWant(rows, ctx);
      }
      early?.rows.close();
      early = undefined;
      const sheetEntry = entryOf(name);
      const ctx = contextOf(name);
      const open = () =>
        workerFile !== undefined && onWorker(sheetEntry)
          ? workerRows(workerFile, jobOf(sheetEntry, name), ctx)
          : readSheetRows(xmlChunks(source, sheetEntry, limits), ctx);
      return withWant(afterStrings(ctx, wholeStrings, open), ctx);
    },
  };
}

/** The rows of `open`, once the whole shared-string table is in `ctx`; `close` stops them (a worker's scan included). */
function afterStrings(ctx: SheetContext, strings: () => Promise<SharedStrings>, open: () => TableRows & { close?(): void }): TableRows & { close(): void } {
  let opened: (TableRows & { close?(): void }) | undefined;
  let closed = false;
  async function* rows(): AsyncGenerator<Iterable<TableRow>> {
    ctx.strings = await strings();
    if (closed) return;
    opened = open();
    yield* opened;
  }
  return Object.assign(rows(), {
    close: () => {
      closed = true;
      opened?.close?.();
    },
  });
}

const NO_STRINGS = new SharedStrings('', 0);

interface WorkbookParts {
  targets: Map<string, { target: string; type: string }>;
  sheets: { name: string; rel: string }[];
  date1904: string | undefined;
}

const RELATIONSHIPS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);
const PREFIXED = '(?:[A-Za-z_][\\w.-]*:)?';

/**
 * The sheet list, relationships and date system of `xl/workbook.xml` and its `.rels`. A sheet's
 * relationship id is its attribute `id` in the relationships namespace, whatever prefix the
 * document binds it to (`r:id` as Excel writes it, `rel:id`, …).
 */
function workbookParts(workbook: string, rels: string): WorkbookParts {
  const targets = new Map<string, { target: string; type: string }>();
  for (const m of rels.matchAll(new RegExp(`<${PREFIXED}Relationship[\\s/>][^>]*>`, 'g'))) {
    const id = attribute(m[0], 'Id');
    const target = attribute(m[0], 'Target');
    if (id && target) targets.set(id, { target, type: attribute(m[0], 'Type') ?? '' });
  }
  const relPrefixes: string[] = [];
  for (const m of workbook.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (RELATIONSHIPS.has(m[2] ?? m[3] ?? '')) relPrefixes.push(m[1] as string);
  }
  const sheets = [...workbook.matchAll(new RegExp(`<${PREFIXED}sheet[\\s/>][^>]*>`, 'g'))].map((m) => {
    let rel: string | undefined;
    for (const prefix of relPrefixes) rel ??= attribute(m[0], `${prefix}:id`);
    return { name: attribute(m[0], 'name') ?? '', rel: rel ?? attribute(m[0], 'id') ?? '' };
  });
  const pr = new RegExp(`<${PREFIXED}workbookPr[\\s/>][^>]*>`).exec(workbook);
  return { targets, sheets, date1904: pr ? attribute(pr[0], 'date1904') : undefined };
}

/** Gives the rows a `want` that tells the sheet context the mapped columns. */
function withWant<T extends TableRows>(rows: T, ctx: SheetContext): T {
  rows.want = (columns) => {
    ctx.wanted = new Uint8Array(MAX_WANTED);
    for (const c of columns) if (c < MAX_WANTED) ctx.wanted[c] = 1;
  };
  return rows;
}
