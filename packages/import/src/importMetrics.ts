import { computeMetrics, createMetricsTally, type ComputeMetricsOptions, type Metrics } from '@tthc/core';
import { metricsAccountingOf } from './importAccounting';
import { importDossiersLazy, type LazyImportResult } from './importDossiersLazy';
import type { ImportInput } from './importResult';
import type { ImportOptions } from './importOptions';

/** The figure options of {@link importMetrics}: everything but the row accounting, which the import gives. */
export type FigureOptions = Omit<ComputeMetricsOptions, 'rows' | 'rejected' | 'skipped' | 'warnings'>;

/**
 * Imports the inputs and computes their figures (`computeMetrics` of @tthc/core, the import's
 * row accounting included), tallied as the import reads each dossier: no second pass over the
 * store — unless a code was read twice (merged, so the dossier tallied is not the one kept) or a
 * failed file made the import read the others again; the figures are then counted over the store.
 *
 * @param inputs - file paths or named buffers or files
 * @param figures - the period, catalog, granularity and calendar
 * @param options - see {@link ImportOptions} (`onDossier` is this function's)
 * @returns the figures and the import (its accounting and its dossiers, to read again)
 * @example
 * const { metrics, imported } = await importMetrics(['big-export.xlsx'], { period });
 */
export async function importMetrics(
  inputs: readonly ImportInput[],
  figures: FigureOptions,
  options: Omit<ImportOptions, 'onDossier'> = {},
): Promise<{ metrics: Metrics; imported: LazyImportResult }> {
  const tally = createMetricsTally(figures);
  const imported = await importDossiersLazy(inputs, { ...options, onDossier: (d) => tally.add(d) });
  const accounting = metricsAccountingOf(imported);
  const metrics = imported.passedOn
    ? tally.result(accounting)
    : computeMetrics({ [Symbol.iterator]: () => imported.wallDossiers() }, { ...figures, ...accounting });
  return { metrics, imported };
}
