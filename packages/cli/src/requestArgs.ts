import { Granularity, PeriodKind, UsageError } from '@tthc/core';
import type { ReportRequest } from '@tthc/report';
import { oneOf, required, usageHelp } from './args';
import { cliUsageErrors } from './cliErrors';

/** The options shared by the commands that run a report (`metrics`, `index`, `report`). */
export const requestArgs = {
  input: { type: 'string', multiple: true, short: 'i' },
  catalog: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  granularity: { type: 'string' },
  source: { type: 'string' },
  'days-off': { type: 'string', multiple: true },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The report request of parsed {@link requestArgs}: `--input`, `--from` and `--to` are required,
 * no stray positional argument is allowed (usage errors, exit 2). Translation only: the request
 * is checked by `runReport` of @tthc/report.
 */
export function requestOf(values: Record<string, unknown>, positionals: string[], usage: string): ReportRequest & { period: { from: string; to: string } } {
  if (positionals.length > 0) {
    throw new UsageError(cliUsageErrors.unexpected_argument, { params: { argument: String(positionals[0]) }, help: usageHelp(usage) });
  }
  const inputs = (values.input as string[] | undefined) ?? [];
  required(inputs[0], 'input', usage);
  const from = required(values.from as string | undefined, 'from', usage);
  const to = required(values.to as string | undefined, 'to', usage);
  const granularity = oneOf(values.granularity as string | undefined, Granularity.options, 'granularity');
  const catalog = values.catalog as string | undefined;
  const source = values.source as string | undefined;
  const history = values.history as string | undefined;
  const each = oneOf(values.each as string | undefined, PeriodKind.options, 'each');
  return {
    inputs,
    period: { from, to },
    ...(catalog ? { catalog } : {}),
    ...(source ? { source } : {}),
    ...(granularity ? { granularity } : {}),
    ...(history ? { history } : {}),
    ...(each ? { each: { kind: each } } : {}),
    daysOff: (values['days-off'] as string[] | undefined) ?? [],
  };
}

/** `--history` and `--each`: the commands that record a run (`metrics`, `report`) add them to {@link requestArgs}. */
export const historyArg = { history: { type: 'string' }, each: { type: 'string' } } as const;

/** Whether the progress line is drawn (off with `--no-progress`). */
export const progressWanted = (values: Record<string, unknown>): boolean => values['no-progress'] !== true;
