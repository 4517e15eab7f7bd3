import { readFile } from 'node:fs/promises';
import {
  InputError,
  computeMetrics,
  createWorkCalendar,
  parseDaysOffCsv,
  parsePeriod,
  type CalendarDay,
  type Granularity,
  type Metrics,
  type ProcedureCatalog,
} from '@tthc/core';
import { importDossiers, readCatalog, type ImportResult } from '@tthc/import';

/** Reads a text file, turning "not found" and the like into an `InputError` naming it. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không tìm thấy tệp / file not found' : String(error);
    throw new InputError(`${path}: ${reason}`, { cause: error });
  }
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
}

/**
 * The path shared by `tthc metrics` and `tthc report`: validate the period first (a wrong period
 * should not wait for a large import), import every input, read the catalog, compute the figures.
 */
export async function metricsFromFiles(
  request: MetricsRequest,
): Promise<{ metrics: Metrics; imported: ImportResult; catalog: ProcedureCatalog | undefined }> {
  const period = parsePeriod({ from: request.from, to: request.to });
  const calendar = createWorkCalendar({ extraDays: await loadExtraDaysOff(request.daysOff) });
  const imported = await importDossiers(request.inputs, request.source ? { source: request.source } : {});
  const catalog = request.catalog ? await readCatalog(request.catalog) : undefined;
  const metrics = computeMetrics(imported.dossiers, {
    period,
    ...(catalog ? { catalog } : {}),
    ...(request.granularity ? { granularity: request.granularity } : {}),
    calendar,
    rows: imported.rows,
    rejected: imported.rejected,
    skipped: imported.skipped,
    warnings: [...imported.warnings, ...imported.conflicts],
  });
  return { metrics, imported, catalog };
}
