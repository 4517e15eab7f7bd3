import type { ErrorDetailsArgs, ErrorWording } from './errorWording';
import { TthcError } from './tthcError';

/** The command or its arguments are wrong: the CLI exits with 2. */
export class UsageError<W extends ErrorWording<'usage'> = ErrorWording<'usage'>> extends TthcError<W> {
  override readonly name: string = 'UsageError';
  /** A text the CLI prints after the message (the command's usage line); not part of the wording. */
  readonly help: string | undefined;

  /**
   * @param wording - an entry of a `usage` catalog (`coreUsageErrors.invalid_period_kind`, …); a
   *   string is the deprecated prose form of the sites not converted yet
   * @param details - path, params, cause and the CLI's `help`
   */
  constructor(wording: W | string, ...details: ErrorDetailsArgs<W, { help?: string }>) {
    super(wording, ...(details as ErrorDetailsArgs<W>));
    this.help = details[0]?.help;
  }
}
