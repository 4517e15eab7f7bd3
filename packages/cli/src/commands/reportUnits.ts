import { readUnitsTable } from '@tthc/import';
import { type ReportFormat, type UnitEntry, type UnitReportsResult, renderUnitReports, unitEntries } from '@tthc/render';
import type { CommandIo } from '../io';
import { createProgress } from '../progress';
import { type MetricsRequest, metricsInputsFromFiles, readInputFile, readTextFile } from '../loadInputs';
import { rowsLine } from '../summary';
import { asTemplateInputError, writeOutFiles } from '../writeFiles';

export interface ReportUnitsRequest {
  request: MetricsRequest;
  unitsPath: string;
  outDir: string;
  formats: ReportFormat[];
  documentDate: string | undefined;
  templatesDir: string | undefined;
  wordTemplatePath: string | undefined;
}

/** The units table's rows with their profiles read (paths relative to the table, resolved by the reader). */
async function loadUnits(unitsPath: string): Promise<UnitEntry[]> {
  return unitEntries(await readUnitsTable(unitsPath), (row) => readTextFile(row.profile));
}

/** What stderr says of the units the table and the data do not share (Vietnamese / English). */
function mismatchLines(result: UnitReportsResult): string {
  const lines: string[] = [];
  for (const u of result.unlisted) {
    lines.push(
      `Đơn vị "${u.unit}" có trong dữ liệu (${u.received} hồ sơ trong kỳ) nhưng không có trong bảng đơn vị: không lập báo cáo / ` +
        `unit "${u.unit}" is in the data (${u.received} dossiers in the period) but not in the units table: no report`,
    );
  }
  for (const unit of result.absent) {
    lines.push(
      `Đơn vị "${unit}" có trong bảng đơn vị nhưng không có hồ sơ nào trong dữ liệu: không lập báo cáo / ` +
        `unit "${unit}" is in the units table but no dossier of the data names it: no report`,
    );
  }
  return lines.map((l) => `${l}\n`).join('');
}

/**
 * `tthc report --units units.csv`: one report set per ward of the table and the summary
 * `tong-hop-<from>-<to>.xlsx` into --out (`renderUnitReports` of @tthc/render). The units the
 * table and the data do not share are named on stderr; the exit code stays 0.
 */
export async function reportUnits(r: ReportUnitsRequest, io: CommandIo): Promise<number> {
  // Read the small files first: a broken table or profile should not wait for a large import.
  const units = await loadUnits(r.unitsPath);
  const wordTemplate = r.wordTemplatePath ? await readInputFile(r.wordTemplatePath) : undefined;
  // Rows read, then wards written, on one line of a terminal's stderr.
  const progress = createProgress(io.progress, r.request.progress !== false);
  let options: Awaited<ReturnType<typeof metricsInputsFromFiles>>['options'];
  let result: UnitReportsResult;
  try {
    const inputs = await metricsInputsFromFiles(r.request, progress);
    options = inputs.options;
    result = await renderUnitReports({
      dossiers: inputs.dossiers,
      metricsOptions: options,
      units,
      formats: r.formats,
      ...(r.templatesDir ? { templatesDir: r.templatesDir } : {}),
      ...(wordTemplate ? { wordTemplate } : {}),
      ...(r.documentDate ? { documentDate: r.documentDate } : {}),
      onProgress: progress.units,
    });
  } catch (error) {
    throw asTemplateInputError(error, r.templatesDir);
  } finally {
    progress.done();
  }
  const written = await writeOutFiles(r.outDir, [...result.reports.flatMap((w) => w.files), result.summary]);
  if (options.rows) io.stderr(rowsLine(options.rows));
  io.stderr(mismatchLines(result));
  io.stdout(
    `Đã ghi báo cáo của ${result.reports.length} đơn vị và bảng tổng hợp / reports of ${result.reports.length} units and the summary written:\n` +
      written.map((p) => `  ${p}\n`).join(''),
  );
  return 0;
}
