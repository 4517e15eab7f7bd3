import { UsageError, bothLanguages, wordNote } from '@tthc/core';
import { REPORT_FORMATS, type UnitReportsResult, unitsMismatchNotes } from '@tthc/render';
import { RUN_FORMATS, type ReportRequest, type RunFormat } from '@tthc/report';
import { oneOf, parseCommandArgs, required, usageHelp } from '../args';
import { cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';
import { historyArg, progressWanted, requestArgs, requestOf } from '../requestArgs';
import { dispatchArgs, dispatchLines, dispatchOf } from '../dispatchArgs';
import { carriedOverLines } from '../historyOutput';
import { periodWarningLines, runWithProgress } from '../run';
import { rowsLine } from '../summary';
import { asTemplateInputError, writeOutFiles } from '../writeFiles';

const usage =
  'tthc report --input F [--input F …] [--catalog F] (--profile P [--notes N] | --units units.csv) --from YYYY-MM-DD --to YYYY-MM-DD --out DIR ' +
  '[--format docx,xlsx,md,html,pdf] [--templates DIR] [--word-template F.docx] [--date YYYY-MM-DD] ' +
  '[--granularity date|datetime|halfDay] [--source NAME] [--days-off F] [--each week|month|quarter|half|year] [--history DIR|FILE|postgres://…] ' +
  '[--mail-to ADDR …] [--city-to ADDR …] [--send --smtp smtp://… --mail-from ADDR [--resend] [--lease SECONDS]] [--no-progress]';

/** What `--help` shows to run, from the repository's root. */
const examples = [
  'tthc report --input examples/hai-an/dossiers.jsonl --catalog examples/hai-an/catalog.csv --profile examples/hai-an/profile.yaml --from 2025-12-25 --to 2026-01-07 --out out',
  'tthc report --input examples/city/one-stop.xlsx --units examples/city/units.csv --from 2025-12-25 --to 2026-01-07 --format docx,xlsx --out out/thanh-pho --history out/lich-su',
];

function parseFormats(value: string | undefined): RunFormat[] {
  if (value === undefined) return [...REPORT_FORMATS];
  const formats = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of formats) oneOf(f, RUN_FORMATS, 'format');
  if (formats.length === 0) throw new UsageError(cliUsageErrors.empty_option, { path: { option: 'format' }, help: usageHelp(usage) });
  return [...new Set(formats)] as RunFormat[];
}

function parseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(cliUsageErrors.invalid_date_option, { path: { option: 'date' }, params: { value } });
  return value;
}

/** The request's documents: one profile (and notes), or a units table (`--profile`/`--notes` excluded). */
function documentsOf(values: Record<string, unknown>): NonNullable<ReportRequest['report']> {
  const units = values.units as string | undefined;
  if (units !== undefined) {
    for (const alone of ['profile', 'notes'] as const) {
      if (values[alone] !== undefined) {
        throw new UsageError(cliUsageErrors.options_exclusive, { path: { option: 'units' }, params: { other: alone }, help: usageHelp(usage) });
      }
    }
    return { units };
  }
  const profile = required(values.profile as string | undefined, 'profile', usage);
  const notes = values.notes as string | undefined;
  return { profile, ...(notes ? { notes } : {}) };
}

/** What stderr says of the units the table and the data do not share (Vietnamese / English). */
function mismatchLines(result: UnitReportsResult): string {
  const notes = [
    ...result.unlisted.map((u) => wordNote(unitsMismatchNotes, 'unit_not_in_table', { unit: u.unit, received: u.received })),
    ...result.absent.map((unit) => wordNote(unitsMismatchNotes, 'unit_without_dossiers', { unit })),
  ];
  return notes.map((n) => `${bothLanguages(n)}\n`).join('');
}

/**
 * `tthc report`: one report run (`runReport` of @tthc/report) that writes the report (DOCX, XLSX
 * annex, Markdown, HTML) into --out as `<unit>-<from>-<to>.<ext>` — or, with `--units`, one report
 * set per ward of the table and the summary `tong-hop-<from>-<to>.xlsx`. Prints the paths
 * written; the row accounting, the period warnings and the units the table and the data do not
 * share go to stderr (the exit code stays 0). With `--send`, mails each report to the recipients
 * the history's ledger does not record as sent, and prints what became of each mail (exit code 1
 * when one was not sent).
 */
export const report: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      ...requestArgs,
      ...historyArg,
      profile: { type: 'string' },
      units: { type: 'string' },
      notes: { type: 'string' },
      out: { type: 'string', short: 'o' },
      format: { type: 'string' },
      templates: { type: 'string' },
      'word-template': { type: 'string' },
      date: { type: 'string' },
      ...dispatchArgs,
    },
    usage,
    examples,
  );
  const base = requestOf(values, positionals, usage);
  const outDir = required(values.out as string | undefined, 'out', usage);
  const documentDate = parseDate(values.date as string | undefined);
  const templatesDir = values.templates as string | undefined;
  const wordTemplate = values['word-template'] as string | undefined;
  const request: ReportRequest = {
    ...base,
    report: documentsOf(values),
    formats: parseFormats(values.format as string | undefined),
    ...(templatesDir ? { templatesDir } : {}),
    ...(wordTemplate ? { wordTemplate } : {}),
    ...(documentDate ? { documentDate } : {}),
    ...dispatchOf(values, usage),
  };
  let run: Awaited<ReturnType<typeof runWithProgress>>;
  try {
    run = await runWithProgress(request, io, progressWanted(values));
  } catch (error) {
    throw asTemplateInputError(error, templatesDir);
  }
  io.stderr(rowsLine(run.accounting.rows));
  // One period, or each period of the span (--each) in turn: its files, then what it warns of.
  for (const p of run.periods ?? [run]) {
    const units = p.unitReports;
    const files = units ? [...units.reports.flatMap((w) => w.files), units.summary] : (p.documents?.files ?? []);
    const written = await writeOutFiles(outDir, files);
    io.stderr(periodWarningLines(p) + carriedOverLines(p) + (units ? mismatchLines(units) : ''));
    io.stdout(
      units
        ? `Đã ghi báo cáo của ${units.reports.length} đơn vị và bảng tổng hợp / reports of ${units.reports.length} units and the summary written:\n`
        : 'Đã ghi báo cáo / report written:\n',
    );
    io.stdout(written.map((path) => `  ${path}\n`).join(''));
  }
  if (!run.dispatch) return 0;
  // Every mail sent or left alone is named; one not sent makes the exit code 1 (the next run sends it).
  const mailed = dispatchLines(run.dispatch);
  io.stdout(`Thư báo cáo / report mails:\n${mailed.stdout}`);
  io.stderr(mailed.stderr);
  return mailed.failed ? 1 : 0;
};
