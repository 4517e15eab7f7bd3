import { TthcError, type ErrorDetails, type ErrorWording } from '@tthc/core';

/** A template is wrong or asks for a value the context does not have. */
export class TemplateError extends TthcError {
  override readonly name: string = 'TemplateError';

  /**
   * @param wording - an entry of {@link templateErrors}
   * @param details - path (`template`), params and cause
   */
  constructor(wording: ErrorWording<'template'>, details?: ErrorDetails) {
    super(wording, details);
  }
}
