import { validateDossier, type RowIssue, type SkippedRow } from '@tthc/core';
import { DossierSet } from './_lib/dossierSet';
import type { RowEvent } from './_lib/events';
import { openRows } from './_lib/openRows';
import { openSource } from './_lib/source';
import { defaultLimits } from './_lib/limits';
import { resolveForced } from './_lib/resolvePreset';
import type { ImportInput, ImportResult, InputAccounting, RowCounts } from './importResult';
import type { ImportOptions } from './importOptions';

/**
 * Reads dossier exports — canonical JSON Lines, JSON, CSV or XLSX from the one-stop systems, the
 * national portal or the civil-status system — into canonical dossiers, one per code, and
 * accounts for every row: per input, rows read = accepted + rejected + skipped.
 *
 * @param inputs - file paths or `{ name, data }` buffers, in any mix of systems
 * @param options - see {@link ImportOptions}
 * @returns the dossiers and the accounting; a file that cannot be read at all (corrupt,
 *   encrypted, no recognisable header…) throws an `InputError` naming it
 * @example
 * const { dossiers, rows } = await importDossiers(['examples/hai-an/dossiers.jsonl']);
 */
export async function importDossiers(inputs: readonly ImportInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const set = new DossierSet();
  const rejected: RowIssue[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: RowIssue[] = [];
  const accounting: InputAccounting[] = [];
  const validateOptions = { keepApplicant: options.keepApplicant ?? false };
  const forced = await resolveForced(options);
  const limits = { ...defaultLimits, ...options.limits };

  for (const input of inputs) {
    const source = await openSource(input);
    const stream = await openRows(source, forced, limits);
    const rows: RowCounts = { read: 0, accepted: 0, rejected: 0, skipped: 0 };
    for await (const event of stream.events) {
      rows.read++;
      if (event.kind === 'skip') {
        rows.skipped++;
        skipped.push({ path: event.path, reason: event.reason });
      } else if (event.kind === 'reject') {
        rows.rejected++;
        for (const issue of event.issues) rejected.push(issue);
      } else {
        const result = validateDossier(event.record, event.path, validateOptions);
        if (result.ok) {
          rows.accepted++;
          set.add(result.dossier, event.path);
          for (const w of result.warnings) warnings.push(withColumn(w, event));
        } else {
          rows.rejected++;
          for (const issue of result.issues) rejected.push(withColumn(issue, event));
        }
      }
    }
    accounting.push({
      name: source.name,
      source: stream.source,
      format: stream.format,
      ...(stream.sheet === undefined ? {} : { sheet: stream.sheet }),
      rows,
    });
  }

  const total: RowCounts = { read: 0, accepted: 0, rejected: 0, skipped: 0 };
  for (const a of accounting) {
    total.read += a.rows.read;
    total.accepted += a.rows.accepted;
    total.rejected += a.rows.rejected;
    total.skipped += a.rows.skipped;
  }
  return { dossiers: set.values(), rows: total, inputs: accounting, rejected, skipped, warnings, conflicts: set.conflicts };
}

/** Names the column heading of the issue's field, when the reader knows it. */
function withColumn(issue: RowIssue, event: Extract<RowEvent, { kind: 'record' }>): RowIssue {
  const column = issue.field === undefined ? undefined : event.columns?.[issue.field];
  if (column === undefined || issue.path.column !== undefined) return issue;
  return { ...issue, path: { ...issue.path, column } };
}
