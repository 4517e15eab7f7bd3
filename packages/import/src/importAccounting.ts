import { z } from 'zod';
import {
  ReportedIssueSchema,
  RowAccounting,
  SkippedRowSchema,
  reportIssues,
  type ComputeMetricsOptions,
  type RowIssue,
} from '@tthc/core';
import { FailedInput, InputAccounting, type ImportResult } from './importResult';

// domain.md §3 — nothing is lost silently: rows read = accepted + rejected + skipped, per input and
// in all; this is that accounting as it travels without the dossiers (in the n8n dataset item,
// in `tthc metrics --json`), with every issue worded in Vietnamese and English.
export const ImportAccounting = z.object({
  /** Distinct dossiers (one per code). */
  dossiers: z.number().int().nonnegative(),
  rows: RowAccounting,
  inputs: z.array(InputAccounting),
  failedInputs: z.array(FailedInput),
  rejected: z.array(ReportedIssueSchema),
  skipped: z.array(SkippedRowSchema),
  warnings: z.array(ReportedIssueSchema),
  conflicts: z.array(ReportedIssueSchema),
});
export interface ImportAccounting extends z.infer<typeof ImportAccounting> {}

/** What an import result holds besides its dossiers, as either face of the import gives it. */
/** An import's result, its dossiers given or only counted (`importDossiers`, `importDossiersLazy`). */
export type AccountedImport = Omit<ImportResult, 'dossiers'> & ({ dossiers: readonly unknown[] } | { dossierCount: number });

/** Sums row accountings (per input → in all). */
export function sumRows(list: readonly RowAccounting[]): RowAccounting {
  const total = { read: 0, accepted: 0, rejected: 0, skipped: 0 };
  for (const r of list) {
    total.read += r.read;
    total.accepted += r.accepted;
    total.rejected += r.rejected;
    total.skipped += r.skipped;
  }
  return total;
}

/**
 * The accounting of an import, without its dossiers, every issue with its Vietnamese and English
 * text: what travels beside the dossiers to the metrics and the report.
 *
 * @param result - what `importDossiers` or `importDossiersLazy` returned
 * @returns the accounting
 * @example
 * const accounting = importAccountingOf(await importDossiersLazy(files, { onInputError: 'collect' }));
 * accounting.failedInputs // the files that could not be read, with why
 */
export function importAccountingOf(result: AccountedImport): ImportAccounting {
  return {
    dossiers: 'dossierCount' in result ? result.dossierCount : result.dossiers.length,
    rows: result.rows,
    inputs: result.inputs,
    failedInputs: result.failedInputs,
    rejected: reportIssues(result.rejected),
    skipped: result.skipped,
    warnings: reportIssues(result.warnings),
    conflicts: reportIssues(result.conflicts),
  };
}

/**
 * Merges the accountings of several imports (e.g. several n8n dataset items): the rows summed,
 * the lists concatenated in order.
 *
 * @param list - the accountings
 * @returns the merged accounting, `undefined` for none
 */
export function mergeImportAccountings(list: readonly ImportAccounting[]): ImportAccounting | undefined {
  if (list.length === 0) return undefined;
  return {
    dossiers: list.reduce((n, a) => n + a.dossiers, 0),
    rows: sumRows(list.map((a) => a.rows)),
    inputs: list.flatMap((a) => a.inputs ?? []),
    failedInputs: list.flatMap((a) => a.failedInputs ?? []),
    rejected: list.flatMap((a) => a.rejected ?? []),
    skipped: list.flatMap((a) => a.skipped ?? []),
    warnings: list.flatMap((a) => a.warnings ?? []),
    conflicts: list.flatMap((a) => a.conflicts ?? []),
  };
}

/**
 * The part of `computeMetrics`'s options that comes from the import: the rows, the rejected and
 * skipped rows, and the warnings (the conflicts between inputs among them), so that the figures
 * say where every row went.
 *
 * @param accounting - an import result or its accounting
 * @returns `{ rows, rejected, skipped, warnings }` for `computeMetrics`
 */
export function metricsAccountingOf(
  accounting: Pick<ImportAccounting, 'rows' | 'skipped'> & { rejected: readonly RowIssue[]; warnings: readonly RowIssue[]; conflicts: readonly RowIssue[] },
): Required<Pick<ComputeMetricsOptions, 'rows' | 'rejected' | 'skipped' | 'warnings'>> {
  return {
    rows: accounting.rows,
    rejected: accounting.rejected,
    skipped: accounting.skipped,
    warnings: [...accounting.warnings, ...accounting.conflicts],
  };
}
