import { TthcError, type ErrorDetails, type ErrorWording } from '@tthc/core';

/** Thrown when the figures break an identity of the form: a bug upstream, never printed. */
export class AnnexIdentityError extends TthcError {
  override readonly name: string = 'AnnexIdentityError';

  /**
   * @param wording - an entry of {@link annexIdentityErrors}
   * @param details - path, params and cause
   */
  constructor(wording: ErrorWording<'annexIdentity'>, details?: ErrorDetails) {
    super(wording, details);
  }
}
