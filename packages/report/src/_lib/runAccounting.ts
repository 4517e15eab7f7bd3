import { reportIssues, type RowAccounting } from '@tthc/core';
import { type ImportAccounting, type LazyImportResult, importAccountingOf, sumRows } from '@tthc/import';
import type { DatasetInput, ReportInput } from '../request/reportRequest';

const isDataset = (input: ReportInput): input is DatasetInput => typeof input === 'object' && 'dataset' in input;

/**
 * The row accounting of a run: an export's rows as the import read them; a dataset's rows as
 * the import that made it read them, a line refused now moved from accepted to rejected (its
 * issues listed), so that rows read = accepted + rejected + skipped still holds and no row of
 * the original files is counted twice. A dataset's blank lines and the warnings its dossiers
 * raise again are the earlier import's, not new rows.
 *
 * @param inputs - the request's inputs, in order
 * @param imported - the import of those inputs (datasets read as canonical JSON Lines)
 * @returns the accounting the figures, the report and the faces show
 */
export function runAccounting(inputs: readonly ReportInput[], imported: LazyImportResult): ImportAccounting {
  if (!inputs.some(isDataset)) return importAccountingOf(imported);
  const failed = new Set(imported.failedInputs.map((f) => f.index));
  const datasetNames = new Set<string>();
  const rows: RowAccounting[] = [];
  const out: ImportAccounting = { dossiers: imported.dossierCount, rows: { read: 0, accepted: 0, rejected: 0, skipped: 0 }, inputs: [], failedInputs: [], rejected: [], skipped: [], warnings: [], conflicts: [] };
  let read = 0;
  inputs.forEach((input, index) => {
    if (failed.has(index)) return;
    const own = imported.inputs[read++];
    if (own === undefined) return;
    if (!isDataset(input)) {
      rows.push(own.rows);
      out.inputs.push(own);
      return;
    }
    datasetNames.add(own.name);
    const before = input.accounting;
    const refused = own.rows.rejected;
    rows.push({ ...before.rows, accepted: before.rows.accepted - refused, rejected: before.rows.rejected + refused });
    out.inputs.push(...before.inputs);
    out.failedInputs.push(...before.failedInputs);
    out.rejected.push(...before.rejected);
    out.skipped.push(...before.skipped);
    out.warnings.push(...before.warnings);
    out.conflicts.push(...before.conflicts);
  });
  const ofFile = (path: { file?: string }) => path.file === undefined || !datasetNames.has(path.file);
  out.rows = sumRows(rows);
  out.failedInputs.push(...imported.failedInputs);
  out.rejected.push(...reportIssues(imported.rejected));
  out.skipped.push(...imported.skipped.filter((s) => ofFile(s.path)));
  out.warnings.push(...reportIssues(imported.warnings.filter((w) => ofFile(w.path))));
  out.conflicts.push(...reportIssues(imported.conflicts));
  return out;
}
