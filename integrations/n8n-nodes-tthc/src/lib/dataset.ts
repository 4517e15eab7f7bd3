import { closeSync, openSync, readSync } from 'node:fs';
import { type IBinaryData, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';
import { formatIssue, safeParseDossier, type Dossier } from '@tthc/core';
import { mergeImportAccountings, type ImportAccounting } from '@tthc/import';
import { n8nInputErrors } from './n8nErrors';
import { inputErrorFor } from './nodeError';
import { storedFilePath } from './binaryFiles';

/** `json.kind` of a dataset item: its dossiers are a JSON Lines binary, its json the accounting. */
export const DATASET_KIND = 'tthc.dossiers';
/** Default binary property of the dataset (JSON Lines, one canonical dossier a line). */
export const DATASET_PROPERTY = 'dossiers';

/** The "Dataset Binary Field" option of every node that reads or writes dataset items. */
export const datasetPropertyOption: INodeProperties = {
  displayName: 'Trường tệp bộ dữ liệu / Dataset Binary Field',
  name: 'datasetPropertyName',
  type: 'string',
  default: DATASET_PROPERTY,
  placeholder: DATASET_PROPERTY,
  description: 'Trường nhị phân chứa tệp JSON Lines của bộ hồ sơ. / Binary field of the JSON Lines file of dataset items.',
};

/** The accounting that travels with the dossiers (the import's, rows read = accepted + rejected + skipped). */
export type DatasetSummary = { kind: typeof DATASET_KIND } & ImportAccounting;

/** Is this item a dataset item (from TTHC Import or TTHC Validate in dataset mode)? */
export function isDatasetItem(item: INodeExecutionData): boolean {
  return item.json.kind === DATASET_KIND;
}

/** Is this item an error item left in a regular output by "continue on fail"? */
export function isErrorItem(item: INodeExecutionData): boolean {
  return item.error !== undefined || (item.json.error !== undefined && item.json.kind === undefined && item.json.code === undefined);
}

const LINES_PER_CHUNK = 10_000;

/** Writes dossiers as JSON Lines into a binary property (chunked: no single huge string). */
export async function dossiersToBinary(ctx: IExecuteFunctions, dossiers: readonly unknown[], fileName = 'dossiers.jsonl'): Promise<IBinaryData> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < dossiers.length; i += LINES_PER_CHUNK) {
    const lines = dossiers.slice(i, i + LINES_PER_CHUNK).map((d) => JSON.stringify(d));
    chunks.push(Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
  }
  return ctx.helpers.prepareBinaryData(Buffer.concat(chunks), fileName, 'application/x-ndjson');
}

/** The lines of a file given in pieces (a line may span pieces), as text, without their line feeds. */
function* linesOf(pieces: Iterable<Buffer>): Generator<string> {
  let rest: Buffer | undefined;
  for (const piece of pieces) {
    const buffer = rest ? Buffer.concat([rest, piece]) : piece;
    let start = 0;
    for (let end = buffer.indexOf(10, start); end !== -1; end = buffer.indexOf(10, start)) {
      yield buffer.toString('utf8', start, end);
      start = end + 1;
    }
    rest = start < buffer.length ? buffer.subarray(start) : undefined;
  }
  if (rest) yield rest.toString('utf8');
}

const PIECE = 1 << 20;

/** A file of n8n's binary store read in 1 MB pieces, synchronously (so that a sync consumer can pull them). */
function* filePieces(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const piece = Buffer.allocUnsafe(PIECE);
      const n = readSync(fd, piece, 0, PIECE, null);
      if (n === 0) return;
      yield n === PIECE ? piece : piece.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** The records of JSON Lines given in pieces, parsed one at a time (not validated). */
function* jsonLineRecords(ctx: IExecuteFunctions, pieces: Iterable<Buffer>, itemIndex: number, property: string): Generator<unknown> {
  let count = 0;
  for (const raw of linesOf(pieces)) {
    const line = raw.trim();
    if (line === '') continue;
    count++;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw inputErrorFor(ctx.getNode(), n8nInputErrors.not_json_lines, { path: { line: count }, params: { property, item: itemIndex + 1 } }, itemIndex);
    }
    yield record;
  }
}

/**
 * Where a dataset's JSON Lines are read from: in n8n's filesystem binary mode, the stored file
 * itself, read piece by piece as the dossiers are reached (never one buffer); in the other modes
 * (memory, database, S3), the bytes n8n hands out.
 */
async function datasetPieces(ctx: IExecuteFunctions, item: INodeExecutionData, itemIndex: number, property: string): Promise<Iterable<Buffer>> {
  const path = storedFilePath(ctx, item, property);
  if (path !== undefined) return { [Symbol.iterator]: () => filePieces(path) };
  return [await ctx.helpers.getBinaryDataBuffer(itemIndex, property)];
}

/** Reads the JSON Lines of a dataset item back into plain records (not validated). */
export async function recordsFromBinary(ctx: IExecuteFunctions, itemIndex: number, property: string): Promise<unknown[]> {
  return Array.from(jsonLineRecords(ctx, [await ctx.helpers.getBinaryDataBuffer(itemIndex, property)], itemIndex, property));
}

/** The canonical dossier of one record of input item `i` (row `row` of its dataset), or the node's error. */
function checkedDossier(ctx: IExecuteFunctions, record: unknown, i: number, row: number | undefined): Dossier {
  // The core's own check (parseDossier's twin): real calendar dates, the rules of §7.
  const parsed = safeParseDossier(record, { keepApplicant: true, location: { file: `item ${i + 1}`, ...(row === undefined ? {} : { row }) } });
  if (parsed.success) return parsed.data;
  const dossier = typeof (record as { code?: unknown })?.code === 'string' ? ` (${(record as { code: string }).code})` : '';
  const description = parsed.error.issues.map((x) => formatIssue(x, 'en')).join('; ');
  throw inputErrorFor(ctx.getNode(), n8nInputErrors.not_a_dossier, { params: { item: i + 1, dossier } }, i, description);
}

/** The dossiers and the accounting of all input items: dataset items and one-dossier items alike. */
export interface CollectedDossiers {
  dossiers: Dossier[];
  /** For each dossier, the index of the input item it came from (for `pairedItem`). */
  sources: number[];
  /** Merged accounting of the dataset items; `undefined` when the input had none. */
  summary: DatasetSummary | undefined;
}

/** The dossiers of the input items, each checked as it is reached; see {@link streamDossiers}. */
export interface StreamedDossiers {
  /** Read once or more; each pass parses and checks the records again, one at a time. */
  dossiers: Iterable<Dossier>;
  /** The input items the dossiers come from (error items passed over). */
  sources: number[];
  /** Merged accounting of the dataset items; `undefined` when the input had none. */
  summary: DatasetSummary | undefined;
}

/**
 * The dossiers of the input items without holding them: a dataset item's JSON Lines are read as
 * the consumer goes (from n8n's stored file in filesystem binary mode, else from one buffer), and
 * each dossier is parsed and checked (as {@link collectDossiers} does) only when reached. For figures over a large export (the city's reports): the memory is the
 * JSON Lines file, not an object per dossier. Items for which `passOver` is true are not read.
 */
export async function streamDossiers(
  ctx: IExecuteFunctions,
  items: readonly INodeExecutionData[],
  property = DATASET_PROPERTY,
  passOver: (item: INodeExecutionData) => boolean = () => false,
): Promise<StreamedDossiers> {
  const datasets = new Map<number, Iterable<Buffer>>();
  const sources: number[] = [];
  const summaries: DatasetSummary[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (isErrorItem(item) || passOver(item)) continue;
    sources.push(i);
    if (!isDatasetItem(item)) continue;
    datasets.set(i, await datasetPieces(ctx, item, i, property));
    summaries.push(item.json as unknown as DatasetSummary);
  }
  function* dossiers(): Generator<Dossier> {
    for (const i of sources) {
      const pieces = datasets.get(i);
      if (pieces === undefined) {
        yield checkedDossier(ctx, items[i]!.json, i, undefined);
        continue;
      }
      let row = 0;
      for (const record of jsonLineRecords(ctx, pieces, i, property)) yield checkedDossier(ctx, record, i, ++row);
    }
  }
  const merged = mergeImportAccountings(summaries);
  return { dossiers: { [Symbol.iterator]: dossiers }, sources, summary: merged && { kind: DATASET_KIND, ...merged } };
}

/**
 * Collects valid dossiers from the input items of Metrics, Render-less consumers and Alerts:
 * a dataset item contributes its JSON Lines, any other item is one dossier; error items left by
 * "continue on fail" upstream are passed over. A record that is not a valid dossier is an error
 * telling the user to put TTHC Validate (or TTHC Import) in front.
 */
export async function collectDossiers(ctx: IExecuteFunctions, items: readonly INodeExecutionData[], property = DATASET_PROPERTY): Promise<CollectedDossiers> {
  const dossiers: Dossier[] = [];
  const sources: number[] = [];
  const summaries: DatasetSummary[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (isErrorItem(item)) continue;
    if (!isDatasetItem(item)) {
      dossiers.push(checkedDossier(ctx, item.json, i, undefined));
      sources.push(i);
      continue;
    }
    summaries.push(item.json as unknown as DatasetSummary);
    let row = 0;
    // One record at a time: the parsed record is dropped once its canonical copy is kept.
    for (const record of jsonLineRecords(ctx, [await ctx.helpers.getBinaryDataBuffer(i, property)], i, property)) {
      dossiers.push(checkedDossier(ctx, record, i, ++row));
      sources.push(i);
    }
  }
  const merged = mergeImportAccountings(summaries);
  return { dossiers, sources, summary: merged && { kind: DATASET_KIND, ...merged } };
}
