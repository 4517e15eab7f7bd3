import { parseCommandArgs } from '../args';
import type { Command } from '../io';
import { metricsArgs, metricsFromFiles, metricsRequestOf } from '../loadInputs';
import { formatSummary } from '../summary';

const usage =
  'tthc metrics --input F [--input F …] [--catalog F] --from YYYY-MM-DD --to YYYY-MM-DD [--granularity date|datetime|halfDay] [--source NAME] [--days-off F] [--json] [--no-progress]';

/** `tthc metrics`: the figures of domain.md §7 for a period, as JSON or a Vietnamese summary. */
export const metrics: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { ...metricsArgs, json: { type: 'boolean' } }, usage);
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  const { metrics: result } = await metricsFromFiles(metricsRequestOf(values, positionals, usage), io);
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatSummary(result));
  return 0;
};
