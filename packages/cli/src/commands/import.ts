import { createWriteStream } from 'node:fs';
import { InputError, UsageError } from '@tthc/core';
import { type LazyImportResult, issuesCsv } from '@tthc/import';
import { parseCommandArgs, required, usageHelp } from '../args';
import { cliInputErrors, cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';
import { runWithProgress } from '../run';

const usage =
  'tthc import --input F [--input F …] [--out dossiers.jsonl] [--rejects rejects.csv] [--source NAME|mapping.yaml] [--keep-applicant] ' +
  '[--catalog F [--days-off F]] [--no-progress]';

/** What `--help` shows to run, from the repository's root. */
const examples = [
  'tthc import --input examples/hai-an/exports/one-stop.xlsx --input examples/hai-an/exports/portal.json --out out/dossiers.jsonl --rejects out/rejects.csv',
];

/** Writes text pieces to a file with back-pressure; an unwritable path is an `InputError`. */
async function writeLines(path: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, reject) =>
    out.once('error', (e) => reject(new InputError(cliInputErrors.unwritable_file, { path: { file: path }, params: { detail: e.message }, cause: e }))),
  );
  for (const piece of pieces) {
    if (!out.write(piece)) await Promise.race([new Promise<void>((r) => out.once('drain', () => r())), failed]);
  }
  await Promise.race([new Promise<void>((r) => out.end(() => r())), failed]);
}

/** The Vietnamese accounting printed on stderr (no personal data: counts and file names only). */
function summary(result: LazyImportResult): string {
  const lines = result.inputs.map((input) => {
    const where = input.sheet === undefined ? input.format : `${input.format}, trang "${input.sheet}"`;
    const r = input.rows;
    return `- ${input.name} (${input.source}, ${where}): đọc ${r.read} dòng = nhận ${r.accepted} + loại ${r.rejected} + bỏ qua ${r.skipped}`;
  });
  const r = result.rows;
  lines.push(
    `Tổng: đọc ${r.read} = nhận ${r.accepted} + loại ${r.rejected} + bỏ qua ${r.skipped}; ${result.dossierCount} hồ sơ (mỗi mã một hồ sơ)`,
  );
  if (result.conflicts.length > 0) lines.push(`Khác biệt giữa các nguồn: ${result.conflicts.length} (giữ trạng thái tiến xa nhất)`);
  if (result.warnings.length > 0) lines.push(`Cảnh báo: ${result.warnings.length}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `tthc import`: reads exports of any supported system and writes the canonical dossiers as JSON
 * Lines (and the rejected rows, warnings and conflicts as CSV; with `--catalog`, the warnings name the
 * due dates its time limits give, as the figures will take them). Rejected rows do not fail the command (exit 0); a file
 * that cannot be read does (exit 1).
 */
export const importCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      input: { type: 'string', multiple: true, short: 'i' },
      out: { type: 'string', short: 'o', help: { value: 'dossiers.jsonl', help: 'tệp JSON Lines ghi hồ sơ chuẩn (mặc định stdout) / the JSON Lines file of canonical dossiers (default stdout)' } },
      rejects: { type: 'string' },
      source: { type: 'string' },
      'keep-applicant': { type: 'boolean' },
      catalog: { type: 'string' },
      'days-off': { type: 'string', multiple: true },
      'no-progress': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    usage,
    examples,
  );
  if (positionals.length > 0) {
    throw new UsageError(cliUsageErrors.unexpected_argument, { params: { argument: String(positionals[0]) }, help: usageHelp(usage) });
  }
  const inputs = (values.input as string[] | undefined) ?? [];
  required(inputs[0], 'input', usage);
  const source = values.source as string | undefined;
  const catalog = values.catalog as string | undefined;
  // The compact store: a million-row export is written without a million objects in memory.
  const run = await runWithProgress(
    {
      inputs,
      ...(source ? { source } : {}),
      ...(catalog ? { catalog } : {}),
      daysOff: (values['days-off'] as string[] | undefined) ?? [],
      keepApplicant: values['keep-applicant'] === true,
    },
    io,
    values['no-progress'] !== true,
  );
  const result = run.imported;
  const out = values.out as string | undefined;
  // Each piece ends at a line break, so no character is cut between pieces.
  if (out === undefined || out === '-') for (const piece of result.jsonLines()) io.stdout(Buffer.from(piece).toString('utf8'));
  else await writeLines(out, result.jsonLines());
  const rejects = values.rejects as string | undefined;
  // Rejected rows, warnings (assumptions) and conflicts, one line each with its kind; with a
  // catalog, the due dates its time limits give are named as the figures will take them.
  if (rejects) await writeLines(rejects, issuesCsv({ ...result, warnings: run.rowWarnings() }));
  io.stderr(summary(result));
  return 0;
};
