import { parseCommandArgs } from '../args';
import type { Command } from '../io';
import { historyArg, progressWanted, requestArgs, requestOf } from '../requestArgs';
import { periodWarningLines, runWithProgress } from '../run';
import { jsonPieces } from '../jsonPieces';
import { formatSummary } from '../summary';
import { carriedOverLines, historyJson } from '../historyOutput';

const usage =
  'tthc metrics --input F [--input F …] [--catalog F] --from YYYY-MM-DD --to YYYY-MM-DD [--granularity date|datetime|halfDay] [--source NAME] [--days-off F] [--history DIR|FILE|postgres://…] [--json] [--no-progress]';

/**
 * `tthc metrics`: the figures of domain.md §7 for a period, as JSON (with the period warnings in
 * `periodWarnings`) or a Vietnamese summary; the period warnings on stderr either way. With
 * `--history`, the run is recorded there and compared with it (`history` in the JSON; a
 * carried-over mismatch on stderr).
 */
export const metrics: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { ...requestArgs, ...historyArg, json: { type: 'boolean' } }, usage);
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const run = await runWithProgress(requestOf(values, positionals, usage), io, progressWanted(values));
  const result = run.metrics!;
  io.stderr(periodWarningLines(run));
  io.stderr(carriedOverLines(run));
  const history = historyJson(run);
  if (!values.json) io.stdout(formatSummary(result));
  else for (const piece of jsonPieces({ ...result, periodWarnings: run.periodWarnings, ...(history ? { history } : {}) })) io.stdout(piece);
  return 0;
};
