import type { ErrorWording } from './errorWording';
import { TthcError, type ErrorDetails } from './tthcError';

/** The user's input (a file, a period, a profile) is wrong: the CLI exits with 1. */
export class InputError extends TthcError {
  override readonly name: string = 'InputError';

  /**
   * @param wording - an entry of an `input` catalog (`coreInputErrors.invalid_date`, …). A
   * string is the deprecated prose form of the sites not converted yet.
   * @param details - path, params and cause
   */
  constructor(wording: ErrorWording<'input'> | string, details?: ErrorDetails) {
    super(wording, details);
  }
}
