import { createMetricsTally, type ComputeMetricsOptions, type Metrics } from '@tthc/core';
import { metricsAccountingOf } from './importAccounting';
import { importDossiersLazy, type LazyImportResult } from './importDossiersLazy';
import type { ImportInput } from './importResult';
import type { ImportOptions } from './importOptions';

/** The figure options of {@link importMetrics}: everything but the row accounting, which the import gives. */
export type FigureOptions = Omit<ComputeMetricsOptions, 'rows' | 'rejected' | 'skipped' | 'warnings'>;

/** The row accounting the figures carry (`metricsAccountingOf`). */
export type MetricsAccounting = Required<Pick<ComputeMetricsOptions, 'rows' | 'rejected' | 'skipped' | 'warnings'>>;

/** Options of {@link importMetrics}: the import's, and how the row accounting is taken from the import. */
export type ImportMetricsOptions = Omit<ImportOptions, 'onDossier'> & {
  /** The accounting the figures carry. Default `metricsAccountingOf(imported)`. */
  accounting?: (imported: LazyImportResult) => MetricsAccounting;
};

/**
 * Imports the inputs and computes their figures (`computeMetrics` of @tthc/core, the import's
 * row accounting included), tallied as the import reads each dossier: no second pass over the
 * store — unless a code was read twice (merged, so the dossier tallied is not the one kept) or a
 * failed file made the import read the others again; the figures are then counted over the store.
 * The last day any dossier's event dates mention (`lastDataDay`) is gathered the same way.
 *
 * @param inputs - file paths or named buffers or files
 * @param figures - the period, catalog, granularity and calendar
 * @param options - see {@link ImportMetricsOptions} (`onDossier` is this function's)
 * @returns the figures, the last data day and the import (its accounting and its dossiers, to read again)
 * @example
 * const { metrics, imported } = await importMetrics(['big-export.xlsx'], { period });
 */
export async function importMetrics(
  inputs: readonly ImportInput[],
  figures: FigureOptions,
  options: ImportMetricsOptions = {},
): Promise<{ metrics: Metrics; imported: LazyImportResult; lastDataDay: string | undefined }> {
  const { accounting: accountingOf = metricsAccountingOf, ...importOptions } = options;
  const tally = createMetricsTally(figures);
  const imported = await importDossiersLazy(inputs, { ...importOptions, onDossier: (d) => tally.add(d) });
  const accounting = accountingOf(imported);
  if (imported.passedOn) return { metrics: tally.result(accounting), imported, lastDataDay: tally.lastDataDay };
  const again = createMetricsTally(figures);
  for (const d of imported.wallDossiers()) again.add(d);
  return { metrics: again.result(accounting), imported, lastDataDay: again.lastDataDay };
}
