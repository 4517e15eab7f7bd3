// One error class per kind, so the CLI and the n8n nodes can tell a user's
// mistake (clear message, no stack trace) from a bug.

/** Base of every error the toolkit throws on purpose. */
export class TthcError extends Error {
  override readonly name: string = 'TthcError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The user's input (a file, a period, a profile) is wrong: the CLI exits with 1. */
export class InputError extends TthcError {
  override readonly name: string = 'InputError';
}

/** The command or its arguments are wrong: the CLI exits with 2. */
export class UsageError extends TthcError {
  override readonly name: string = 'UsageError';
}
