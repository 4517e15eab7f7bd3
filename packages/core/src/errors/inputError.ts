import type { ErrorDetailsArgs, ErrorWording } from './errorWording';
import { TthcError } from './tthcError';

/** The user's input (a file, a period, a profile) is wrong: the CLI exits with 1. */
export class InputError<W extends ErrorWording<'input'> = ErrorWording<'input'>> extends TthcError<W> {
  override readonly name: string = 'InputError';

  /**
   * @param wording - an entry of an `input` catalog (`coreInputErrors.invalid_date`, …); a
   *   string is the deprecated prose form of the sites not converted yet
   * @param details - path, params and cause
   */
  constructor(wording: W | string, ...details: ErrorDetailsArgs<W>) {
    super(wording, ...details);
  }
}
