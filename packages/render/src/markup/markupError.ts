import { TthcError, type ErrorDetails, type ErrorWording } from '@tthc/core';

/** The markup a template produced breaks the report's markup rules (see parseMarkup). */
export class MarkupError extends TthcError {
  override readonly name: string = 'MarkupError';

  /**
   * @param wording - an entry of {@link markupErrors}
   * @param details - path (`line`), params and cause
   */
  constructor(wording: ErrorWording<'markup'>, details?: ErrorDetails) {
    super(wording, details);
  }
}
