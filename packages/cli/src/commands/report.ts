import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError, UsageError, computeServiceIndex } from '@tthc/core';
import {
  MarkupError,
  type Notes,
  REPORT_FORMATS,
  type ReportFormat,
  TemplateError,
  mergeNotes,
  parseNotes,
  parseProfile,
  renderReport,
  reportFileName,
} from '@tthc/render';
import { oneOf, parseCommandArgs, required, usageHelp } from '../args';
import { cliInputErrors, cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';
import { metricsArgs, metricsFromFiles, metricsRequestOf, readInputFile, readTextFile } from '../loadInputs';

const usage =
  'tthc report --input F [--input F …] [--catalog F] --profile P [--notes N] --from YYYY-MM-DD --to YYYY-MM-DD --out DIR ' +
  '[--format docx,xlsx,md,html] [--templates DIR] [--word-template F.docx] [--date YYYY-MM-DD] ' +
  '[--granularity date|datetime|halfDay] [--source NAME] [--days-off F]';

function parseFormats(value: string | undefined): ReportFormat[] {
  if (value === undefined) return [...REPORT_FORMATS];
  const formats = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of formats) oneOf(f, REPORT_FORMATS, 'format');
  if (formats.length === 0) throw new UsageError(cliUsageErrors.empty_option, { path: { option: 'format' }, help: usageHelp(usage) });
  return [...new Set(formats)] as ReportFormat[];
}

function parseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(cliUsageErrors.invalid_date_option, { path: { option: 'date' }, params: { value } });
  return value;
}

/**
 * `tthc report`: imports the dossiers, computes the period's figures and writes the report
 * (DOCX, XLSX annex, Markdown, HTML) into --out as `<unit>-<from>-<to>.<ext>`. Prints the
 * paths written, one per line.
 */
export const report: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...metricsArgs,
      profile: { type: 'string' },
      notes: { type: 'string' },
      out: { type: 'string', short: 'o' },
      format: { type: 'string' },
      templates: { type: 'string' },
      'word-template': { type: 'string' },
      date: { type: 'string' },
    },
    usage,
  );
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const request = metricsRequestOf(values, positionals, usage);
  const profilePath = required(values.profile as string | undefined, 'profile', usage);
  const outDir = required(values.out as string | undefined, 'out', usage);
  const formats = parseFormats(values.format as string | undefined);
  const documentDate = parseDate(values.date as string | undefined);

  // Read the small files first: a broken profile should not wait for a large import.
  const profile = parseProfile(await readTextFile(profilePath), profilePath);
  const notesPath = values.notes as string | undefined;
  const notes: Notes | undefined = notesPath ? parseNotes(await readTextFile(notesPath), notesPath) : undefined;
  const wordTemplatePath = values['word-template'] as string | undefined;
  const wordTemplate = wordTemplatePath ? await readInputFile(wordTemplatePath) : undefined;
  const templatesDir = values.templates as string | undefined;

  const { metrics, imported, catalog } = await metricsFromFiles(request);
  // The optional QĐ 766 section (profile switch serviceIndex) needs the index of the same dossiers.
  const serviceIndex = mergeNotes(profile, notes).serviceIndex
    ? computeServiceIndex(imported.dossiers, { period: metrics.period, ...(catalog ? { catalog } : {}) })
    : undefined;

  let rendered: Awaited<ReturnType<typeof renderReport>>;
  try {
    rendered = await renderReport({
      metrics,
      profile,
      ...(notes ? { notes } : {}),
      formats,
      ...(templatesDir ? { templatesDir } : {}),
      ...(wordTemplate ? { wordTemplate } : {}),
      ...(documentDate ? { documentDate } : {}),
      ...(serviceIndex ? { serviceIndex } : {}),
    });
  } catch (error) {
    if (error instanceof TemplateError || error instanceof MarkupError) {
      if (templatesDir) throw new InputError(cliInputErrors.template_failed_in_folder, { path: { file: templatesDir }, cause: error });
      throw new InputError(cliInputErrors.template_failed, { cause: error });
    }
    throw error;
  }

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new InputError(cliInputErrors.unwritable_folder, { path: { file: outDir }, params: { detail: String(error) }, cause: error });
  }
  const written: string[] = [];
  for (const format of formats) {
    const content = rendered[format];
    if (content === undefined) continue;
    // reportFileName gives a bare, slugified name: the unit's name cannot leave --out.
    const path = join(outDir, reportFileName(profile.unit.name, metrics.period, format));
    try {
      await writeFile(path, content);
    } catch (error) {
      throw new InputError(cliInputErrors.unwritable_file, { path: { file: path }, params: { detail: String(error) }, cause: error });
    }
    written.push(resolve(path));
  }
  const { rows } = metrics;
  io.stderr(
    `Dòng dữ liệu / rows: đọc ${rows.read} = nhận ${rows.accepted} + loại ${rows.rejected} + bỏ qua ${rows.skipped}` +
      (rows.rejected > 0 ? ' (xem / see: tthc metrics --json)' : '') +
      '\n',
  );
  io.stdout(`Đã ghi báo cáo / report written:\n${written.map((p) => `  ${p}\n`).join('')}`);
  return 0;
};
