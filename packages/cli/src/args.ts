import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '@tthc/core';

type Options = NonNullable<ParseArgsConfig['options']>;

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
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}\nCách dùng / usage: ${usage}`);
  }
}

/** The value of a required string option, or a `UsageError` naming it. */
export function required(value: string | undefined, name: string, usage: string): string {
  if (value === undefined || value === '') {
    throw new UsageError(`Thiếu --${name} / missing --${name}\nCách dùng / usage: ${usage}`);
  }
  return value;
}

/** One of a closed set of values, or a `UsageError` listing them. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} phải là / must be one of: ${allowed.join(', ')} (nhận được / got "${value}")`);
}
