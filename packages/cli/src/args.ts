import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '@tthc/core';
import { cliUsageErrors } from './cliErrors';
import { type HelpedOption, commandHelp } from './help';

/** Thrown by {@link parseCommandArgs} on `--help`: `runCommand` prints its text and exits 0. */
export class HelpRequested extends Error {
  constructor(readonly text: string) {
    super('help requested');
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The `help` of a usage error: the command's usage line, printed after the message. */
export function usageHelp(usage: string): string {
  return `Cách dùng / usage: ${usage}`;
}

/**
 * `node:util` parseArgs with the toolkit's policy: unknown or malformed options are a
 * `UsageError` (exit 2) whose message names the option and shows the usage line; `--help` prints
 * the usage, every option with its text, and the `examples` (exit 0; see `commandHelp`).
 */
export function parseCommandArgs<T extends Options & Record<string, HelpedOption>>(
  args: string[],
  options: T,
  usage: string,
  examples: readonly string[],
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(cliUsageErrors.invalid_arguments, { params: { detail }, cause: error, help: usageHelp(usage) });
  }
  if ((parsed.values as Record<string, unknown>).help === true) throw new HelpRequested(commandHelp(usage, options, examples));
  return parsed;
}

/** The value of a required string option, or a `UsageError` naming it. */
export function required(value: string | undefined, name: string, usage: string): string {
  if (value === undefined || value === '') {
    throw new UsageError(cliUsageErrors.missing_option, { path: { option: name }, help: usageHelp(usage) });
  }
  return value;
}

/** One of a closed set of values, or a `UsageError` listing them. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(cliUsageErrors.not_one_of, { path: { option: name }, params: { allowed, value } });
}
