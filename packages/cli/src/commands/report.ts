import { UsageError } from '@tthc/core';
import {
  type Notes,
  REPORT_FORMATS,
  type ReportFormat,
  mergeNotes,
  parseNotes,
  parseProfile,
  renderReport,
  reportFileName,
} from '@tthc/render';
import { oneOf, parseCommandArgs, required, usageHelp } from '../args';
import { cliInputErrors, cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';
import { metricsArgs, metricsFromFiles, metricsRequestOf, readInputFile, readTextFile, serviceIndexOf } from '../loadInputs';
import { rowsLine } from '../summary';
import { asTemplateInputError, writeOutFiles } from '../writeFiles';
import { reportUnits } from './reportUnits';

const usage =
  'tthc report --input F [--input F …] [--catalog F] (--profile P [--notes N] | --units units.csv) --from YYYY-MM-DD --to YYYY-MM-DD --out DIR ' +
  '[--format docx,xlsx,md,html] [--templates DIR] [--word-template F.docx] [--date YYYY-MM-DD] ' +
  '[--granularity date|datetime|halfDay] [--source NAME] [--days-off F] [--no-progress]';

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
      units: { type: 'string' },
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
  const outDir = required(values.out as string | undefined, 'out', usage);
  const formats = parseFormats(values.format as string | undefined);
  const documentDate = parseDate(values.date as string | undefined);
  const unitsPath = values.units as string | undefined;
  if (unitsPath !== undefined) {
    for (const alone of ['profile', 'notes'] as const) {
      if (values[alone] !== undefined) {
        throw new UsageError(cliUsageErrors.options_exclusive, { path: { option: 'units' }, params: { other: alone }, help: usageHelp(usage) });
      }
    }
    const wordTemplatePath = values['word-template'] as string | undefined;
    return reportUnits({ request, unitsPath, outDir, formats, documentDate, templatesDir: values.templates as string | undefined, wordTemplatePath }, io);
  }
  const profilePath = required(values.profile as string | undefined, 'profile', usage);

  // Read the small files first: a broken profile should not wait for a large import.
  const profile = parseProfile(await readTextFile(profilePath), profilePath);
  const notesPath = values.notes as string | undefined;
  const notes: Notes | undefined = notesPath ? parseNotes(await readTextFile(notesPath), notesPath) : undefined;
  const wordTemplatePath = values['word-template'] as string | undefined;
  const wordTemplate = wordTemplatePath ? await readInputFile(wordTemplatePath) : undefined;
  const templatesDir = values.templates as string | undefined;

  const inputs = await metricsFromFiles(request, io);
  const { metrics } = inputs;
  // The optional QĐ 766 section (profile switch serviceIndex) needs the index of the same dossiers.
  const serviceIndex = mergeNotes(profile, notes).serviceIndex ? serviceIndexOf(inputs) : undefined;

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
    throw asTemplateInputError(error, templatesDir);
  }

  const files = formats.flatMap((format) => {
    const content = rendered[format];
    return content === undefined ? [] : [{ name: reportFileName(profile.unit.name, metrics.period, format), content }];
  });
  const written = await writeOutFiles(outDir, files);
  io.stderr(rowsLine(metrics.rows));
  io.stdout(`Đã ghi báo cáo / report written:\n${written.map((p) => `  ${p}\n`).join('')}`);
  return 0;
};
