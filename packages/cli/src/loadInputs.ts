import { readFile } from 'node:fs/promises';
import {
  Granularity,
  InputError,
  UsageError,
  computeServiceIndex,
  createWorkCalendar,
  parseDaysOffCsv,
  parsePeriod,
  type CalendarDay,
  type ComputeMetricsOptions,
  type Metrics,
  type MetricsDossier,
  type ProcedureCatalog,
  type ServiceIndex,
} from '@tthc/core';
import { importDossiersLazy, importMetrics, metricsAccountingOf, readCatalog, type FigureOptions, type LazyImportResult } from '@tthc/import';
import { oneOf, required, usageHelp } from './args';
import { cliInputErrors, cliUsageErrors } from './cliErrors';
import type { CommandIo } from './io';
import { createProgress, type Progress } from './progress';

/** Reads a file, turning "not found" and the like into an `InputError` naming it. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const wording = notFound ? cliInputErrors.file_not_found : cliInputErrors.unreadable_file;
    throw new InputError(wording, { path: { file: path }, params: { detail: String(error) }, cause: error });
  }
}

/** Reads a UTF-8 text file (see {@link readInputFile}). */
export async function readTextFile(path: string): Promise<string> {
  return new TextDecoder().decode(await readInputFile(path));
}

/** The options shared by the commands that compute metrics (`metrics`, `report`). */
export const metricsArgs = {
  input: { type: 'string', multiple: true, short: 'i' },
  catalog: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  granularity: { type: 'string' },
  source: { type: 'string' },
  'days-off': { type: 'string', multiple: true },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The {@link MetricsRequest} of parsed {@link metricsArgs}: `--input`, `--from` and `--to` are
 * required, no stray positional argument is allowed (usage errors, exit 2).
 */
export function metricsRequestOf(values: Record<string, unknown>, positionals: string[], usage: string): MetricsRequest {
  if (positionals.length > 0) {
    throw new UsageError(cliUsageErrors.unexpected_argument, { params: { argument: String(positionals[0]) }, help: usageHelp(usage) });
  }
  const inputs = (values.input as string[] | undefined) ?? [];
  required(inputs[0], 'input', usage);
  return {
    inputs,
    catalog: values.catalog as string | undefined,
    from: required(values.from as string | undefined, 'from', usage),
    to: required(values.to as string | undefined, 'to', usage),
    granularity: oneOf(values.granularity as string | undefined, Granularity.options, 'granularity'),
    source: values.source as string | undefined,
    daysOff: values['days-off'] as string[] | undefined,
    progress: values['no-progress'] !== true,
  };
}

/** The extra days off of `--days-off` files (same format as official-days-off.csv). */
export async function loadExtraDaysOff(files: readonly string[] | undefined): Promise<CalendarDay[]> {
  const days: CalendarDay[] = [];
  for (const file of files ?? []) days.push(...parseDaysOffCsv(await readTextFile(file), file));
  return days;
}

export interface MetricsRequest {
  inputs: string[];
  catalog?: string | undefined;
  from: string;
  to: string;
  granularity?: Granularity | undefined;
  source?: string | undefined;
  daysOff?: string[] | undefined;
  /** Draw the progress line on a terminal (false with `--no-progress`). Default true. */
  progress?: boolean;
}

/** The figure options of a request (all but the row accounting), its catalog read: shared by both faces below. */
async function figureOptionsOf(request: MetricsRequest): Promise<{ figures: FigureOptions; catalog: ProcedureCatalog | undefined }> {
  const period = parsePeriod({ from: request.from, to: request.to });
  const calendar = createWorkCalendar({ extraDays: await loadExtraDaysOff(request.daysOff) });
  const catalog = request.catalog ? await readCatalog(request.catalog) : undefined;
  const figures: FigureOptions = {
    period,
    ...(catalog ? { catalog } : {}),
    ...(request.granularity ? { granularity: request.granularity } : {}),
    calendar,
  };
  return { figures, catalog };
}

/** The import options of a request: the forced source, the progress line. */
const importOptionsOf = (request: MetricsRequest, progress?: Progress) => ({
  ...(request.source ? { source: request.source } : {}),
  ...(progress ? { onProgress: progress.rows } : {}),
});

/**
 * What the figures are computed from, for `tthc report --units` (figures by ward): validate the
 * period first (a wrong period should not wait for a large import), read the catalog, import
 * every input into the compact store — the figures are then computed in passes over dossiers
 * rebuilt one at a time, never an array of every dossier (a million-row export stays in a few
 * hundred megabytes), their dates left as the store's wall milliseconds.
 */
export async function metricsInputsFromFiles(
  request: MetricsRequest,
  progress?: Progress,
): Promise<{ dossiers: Iterable<MetricsDossier>; options: ComputeMetricsOptions; imported: LazyImportResult; catalog: ProcedureCatalog | undefined }> {
  const { figures, catalog } = await figureOptionsOf(request);
  const imported = await importDossiersLazy(request.inputs, importOptionsOf(request, progress));
  const options: ComputeMetricsOptions = { ...figures, ...metricsAccountingOf(imported) };
  const dossiers: Iterable<MetricsDossier> = { [Symbol.iterator]: () => imported.wallDossiers() };
  return { dossiers, options, imported, catalog };
}

/** The period's figures of every input together, tallied as the import reads them (`importMetrics` of @tthc/import). */
export async function metricsFromFiles(
  request: MetricsRequest,
  io?: CommandIo,
): Promise<{ metrics: Metrics; imported: LazyImportResult; catalog: ProcedureCatalog | undefined; options: ComputeMetricsOptions }> {
  // The rows read, on a terminal's stderr, while the import runs.
  const progress = createProgress(io?.progress, request.progress !== false);
  try {
    const { figures, catalog } = await figureOptionsOf(request);
    const { metrics, imported } = await importMetrics(request.inputs, figures, importOptionsOf(request, progress));
    return { metrics, imported, catalog, options: { ...figures, ...metricsAccountingOf(imported) } };
  } finally {
    progress.done();
  }
}

/**
 * The QĐ 766 index of the same dossiers, catalog and calendar as the figures of
 * {@link metricsFromFiles} (due dates from the catalog's time limits are the metrics' own).
 */
export function serviceIndexOf(inputs: Awaited<ReturnType<typeof metricsFromFiles>>): ServiceIndex {
  const { metrics, imported, catalog, options } = inputs;
  return computeServiceIndex({ [Symbol.iterator]: () => imported.wallDossiers() }, {
    period: metrics.period,
    ...(catalog ? { catalog } : {}),
    ...(options.calendar ? { calendar: options.calendar } : {}),
  });
}
