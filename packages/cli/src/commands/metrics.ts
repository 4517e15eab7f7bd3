import { Granularity, UsageError } from '@tthc/core';
import { oneOf, parseCommandArgs, required } from '../args';
import type { Command } from '../io';
import { metricsFromFiles } from '../loadInputs';
import { formatSummary } from '../summary';

const usage =
  'tthc metrics --input F [--input F …] [--catalog F] --from YYYY-MM-DD --to YYYY-MM-DD [--granularity date|datetime|halfDay] [--source NAME] [--days-off F] [--json]';

/** `tthc metrics`: the figures of domain.md §7 for a period, as JSON or a Vietnamese summary. */
export const metrics: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      input: { type: 'string', multiple: true, short: 'i' },
      catalog: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      granularity: { type: 'string' },
      source: { type: 'string' },
      'days-off': { type: 'string', multiple: true },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    usage,
  );
  if (values.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`Đối số thừa / unexpected argument: ${positionals[0]}\nCách dùng / usage: ${usage}`);
  const inputs = (values.input as string[] | undefined) ?? [];
  required(inputs[0], 'input', usage);
  const { metrics: result } = await metricsFromFiles({
    inputs,
    catalog: values.catalog as string | undefined,
    from: required(values.from as string | undefined, 'from', usage),
    to: required(values.to as string | undefined, 'to', usage),
    granularity: oneOf(values.granularity as string | undefined, Granularity.options, 'granularity'),
    source: values.source as string | undefined,
    daysOff: values['days-off'] as string[] | undefined,
  });
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatSummary(result));
  return 0;
};
