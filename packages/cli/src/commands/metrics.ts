import { parseCommandArgs } from '../args';
import type { Command } from '../io';
import { historyArg, progressWanted, requestArgs, requestOf } from '../requestArgs';
import { periodWarningLines, runWithProgress } from '../run';
import { jsonPieces } from '../jsonPieces';
import { formatSummary } from '../summary';
import { carriedOverLines, historyJson } from '../historyOutput';

const usage =
  'tthc metrics --input F [--input F …] [--catalog F] --from YYYY-MM-DD --to YYYY-MM-DD [--granularity date|datetime|halfDay] [--source NAME] [--days-off F] [--each week|month|quarter|half|year] [--history DIR|FILE|postgres://…] [--json] [--no-progress]';

/** What `--help` shows to run, from the repository's root. */
const examples = [
  'tthc metrics --input examples/hai-an/dossiers.jsonl --catalog examples/hai-an/catalog.csv --from 2025-12-25 --to 2026-01-07',
  'tthc metrics --input examples/city/dossiers.jsonl --from 2025-10-01 --to 2025-12-31 --each month --json',
];

/**
 * `tthc metrics`: the figures of domain.md §7 for a period, as JSON (with the period warnings in
 * `periodWarnings`) or a Vietnamese summary; the period warnings on stderr either way. With
 * `--history`, the run is recorded there and compared with it (`history` in the JSON; a
 * carried-over mismatch on stderr). With `--each month` (…), every month of the period in turn
 * (`periods` in the JSON), the export read once.
 */
export const metrics: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { ...requestArgs, ...historyArg, json: { type: 'boolean' } }, usage, examples);
  const run = await runWithProgress(requestOf(values, positionals, usage), io, progressWanted(values));
  const result = run.metrics!;
  const periods = run.periods ?? [run];
  for (const p of periods) io.stderr(periodWarningLines(p) + carriedOverLines(p));
  const json = (p: (typeof periods)[number]) => {
    const history = historyJson(p);
    return { ...p.metrics!, periodWarnings: p.periodWarnings, ...(history ? { history } : {}) };
  };
  if (!values.json) io.stdout(periods.map((p) => formatSummary(p.metrics!)).join('\n'));
  else for (const piece of jsonPieces(run.periods ? { ...result, periodWarnings: run.periodWarnings, periods: run.periods.map(json) } : json(run))) io.stdout(piece);
  return 0;
};
