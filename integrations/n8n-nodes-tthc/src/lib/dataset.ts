import { NodeOperationError, type IBinaryData, type IExecuteFunctions, type INodeExecutionData, type INodeProperties } from 'n8n-workflow';
import { Dossier, reportIssue, type ReportedIssue, type RowAccounting, type RowIssue, type SkippedRow } from '@tthc/core';

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

/** A file the Import node could not read at all (continue-on-fail). */
export interface FailedInput {
  name: string;
  error: string;
}

/** The accounting that travels with the dossiers: rows read = accepted + rejected + skipped. */
export interface DatasetSummary {
  kind: typeof DATASET_KIND;
  /** Dossiers in the dataset (one per code). */
  dossiers: number;
  rows: RowAccounting;
  inputs: { name: string; source: string; format: string; sheet?: string; rows: RowAccounting }[];
  failedInputs: FailedInput[];
  rejected: ReportedIssue[];
  skipped: SkippedRow[];
  warnings: ReportedIssue[];
  conflicts: ReportedIssue[];
}

/** Is this item a dataset item (from TTHC Import or TTHC Validate in dataset mode)? */
export function isDatasetItem(item: INodeExecutionData): boolean {
  return item.json.kind === DATASET_KIND;
}

/** Is this item an error item left in a regular output by "continue on fail"? */
export function isErrorItem(item: INodeExecutionData): boolean {
  return item.error !== undefined || (item.json.error !== undefined && item.json.kind === undefined && item.json.code === undefined);
}

/** Adds the Vietnamese and English texts to row issues (already reported ones are kept). */
export function reported(issues: readonly RowIssue[]): ReportedIssue[] {
  return issues.map((i) => ('message' in i ? (i as ReportedIssue) : reportIssue(i)));
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

/** Reads the JSON Lines of a dataset item back into plain records (not validated). */
export async function recordsFromBinary(ctx: IExecuteFunctions, itemIndex: number, property: string): Promise<unknown[]> {
  const buffer = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
  const records: unknown[] = [];
  let start = 0;
  while (start < buffer.length) {
    let end = buffer.indexOf(10, start);
    if (end === -1) end = buffer.length;
    const line = buffer.toString('utf8', start, end).trim();
    if (line !== '') {
      try {
        records.push(JSON.parse(line));
      } catch {
        throw new NodeOperationError(
          ctx.getNode(),
          `Tệp "${property}" của mục ${itemIndex + 1} không phải JSON Lines hợp lệ (dòng ${records.length + 1}). / ` +
            `Binary "${property}" of item ${itemIndex + 1} is not valid JSON Lines (line ${records.length + 1}).`,
          { itemIndex },
        );
      }
    }
    start = end + 1;
  }
  return records;
}

/** The dossiers and the accounting of all input items: dataset items and one-dossier items alike. */
export interface CollectedDossiers {
  dossiers: Dossier[];
  /** For each dossier, the index of the input item it came from (for `pairedItem`). */
  sources: number[];
  /** Merged accounting of the dataset items; `undefined` when the input had none. */
  summary: DatasetSummary | undefined;
}

/** Merges dataset accountings (sums the rows, concatenates the lists). */
export function mergeSummaries(summaries: readonly DatasetSummary[]): DatasetSummary | undefined {
  if (summaries.length === 0) return undefined;
  const out: DatasetSummary = {
    kind: DATASET_KIND,
    dossiers: 0,
    rows: { read: 0, accepted: 0, rejected: 0, skipped: 0 },
    inputs: [],
    failedInputs: [],
    rejected: [],
    skipped: [],
    warnings: [],
    conflicts: [],
  };
  for (const s of summaries) {
    out.dossiers += s.dossiers;
    out.rows.read += s.rows.read;
    out.rows.accepted += s.rows.accepted;
    out.rows.rejected += s.rows.rejected;
    out.rows.skipped += s.rows.skipped;
    out.inputs.push(...(s.inputs ?? []));
    out.failedInputs.push(...(s.failedInputs ?? []));
    out.rejected.push(...(s.rejected ?? []));
    out.skipped.push(...(s.skipped ?? []));
    out.warnings.push(...(s.warnings ?? []));
    out.conflicts.push(...(s.conflicts ?? []));
  }
  return out;
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
    const records = isDatasetItem(item) ? await recordsFromBinary(ctx, i, property) : [item.json];
    if (isDatasetItem(item)) summaries.push(item.json as unknown as DatasetSummary);
    for (const record of records) {
      const parsed = Dossier.safeParse(record);
      if (!parsed.success) {
        const code = typeof (record as { code?: unknown })?.code === 'string' ? ` (${(record as { code: string }).code})` : '';
        throw new NodeOperationError(
          ctx.getNode(),
          `Mục ${i + 1}${code} không phải hồ sơ hợp lệ: hãy đặt nút TTHC Import hoặc TTHC Validate phía trước. / ` +
            `Item ${i + 1}${code} is not a valid dossier: put a TTHC Import or TTHC Validate node before this one.`,
          { itemIndex: i, description: parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') },
        );
      }
      // The schema has no defaults or transforms: keep the record itself rather than zod's copy,
      // so that 200k dossiers are not held twice.
      dossiers.push(record as Dossier);
      sources.push(i);
    }
  }
  return { dossiers, sources, summary: mergeSummaries(summaries) };
}
