import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '@tthc/core';
import { cliUsageErrors } from './cliErrors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The `help` of a usage error: the command's usage line, printed after the message. */
export function usageHelp(usage: string): string {
  return `Cách dùng / usage: ${usage}`;
}

/**
 * `node:util` parseArgs with the toolkit's policy: unknown or malformed options are a
 * `UsageError` (exit 2) whose message names the option and shows the usage line.
 */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
  usage: string,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(cliUsageErrors.invalid_arguments, { params: { detail }, cause: error, help: usageHelp(usage) });
  }
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
