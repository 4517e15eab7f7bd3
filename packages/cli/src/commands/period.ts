import { Cutoff, PeriodKind, periodFromPreset } from '@tthc/core';
import { oneOf, parseCommandArgs, usageHelp } from '../args';
import { cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';
import { UsageError } from '@tthc/core';

const usage = 'tthc period <week|month|quarter|half|year> <2026-W02|2026-01|2025-Q4|2026-H1|2026> [--cutoff calendar|nd09] [--json]';

/** What `--help` shows to run, from the repository's root. */
const examples = [
  'tthc period month 2026-01',
  'tthc period quarter 2025-Q4 --cutoff nd09 --json',
];

/** `tthc period`: the first and last dates of a preset period (domain.md §6). */
export const period: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { cutoff: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    usage,
    examples,
  );
  const [kindArg, label] = positionals;
  const kind = oneOf(kindArg, PeriodKind.options, 'kind');
  if (!kind || !label || positionals.length > 2) throw new UsageError(cliUsageErrors.wrong_arguments, { help: usageHelp(usage) });
  const cutoff = oneOf(values.cutoff as string | undefined, Cutoff.options, 'cutoff') ?? 'calendar';
  const result = periodFromPreset(kind, label, cutoff);
  io.stdout(values.json ? `${JSON.stringify(result)}\n` : `Từ ngày ${result.from} đến ngày ${result.to}\n`);
  return 0;
};
