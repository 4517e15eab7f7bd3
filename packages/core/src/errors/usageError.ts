import type { ErrorWording } from './errorWording';
import { TthcError, type ErrorDetails } from './tthcError';

/** The command or its arguments are wrong: the CLI exits with 2. */
export class UsageError extends TthcError {
  override readonly name: string = 'UsageError';
  /** A text the CLI prints after the message (the command's usage line); not part of the wording. */
  readonly help: string | undefined;

  /**
   * @param wording - an entry of a `usage` catalog (`coreUsageErrors.invalid_period_kind`, …).
   * A string is the deprecated prose form of the sites not converted yet.
   * @param details - path, params, cause and the CLI's `help`
   */
  constructor(wording: ErrorWording<'usage'> | string, details?: ErrorDetails & { help?: string }) {
    super(wording, details);
    this.help = details?.help;
  }
}
