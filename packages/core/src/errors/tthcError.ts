import type { ErrorParams, ErrorPath, ErrorWording } from './errorWording';
import { formatError } from './formatError';

/** What a throw site gives besides the code: where, the values the message needs, the cause. */
export interface ErrorDetails {
  path?: ErrorPath;
  params?: ErrorParams;
  cause?: unknown;
}

/**
 * The entry of errors thrown with a prose message, before their throw site is converted to a
 * code (packages/import, the n8n nodes): the text is already "vi / en".
 */
export const UNCONVERTED: ErrorWording = Object.freeze({ kind: 'input', code: 'unconverted', vi: '{text}', en: '{text}' });

/**
 * Base of every error the toolkit throws on purpose: plain data `{ code, path, params }` and
 * `cause`, worded by {@link formatError}. `message` is the Vietnamese and the English wording
 * joined by " / ", the text the CLI prints and the n8n nodes show.
 */
export class TthcError extends Error {
  override readonly name: string = 'TthcError';
  /** The code, from the closed set of the kind's catalogs. */
  readonly code: string;
  /** Where it happened (file, sheet, row, column, line, key, template, option). */
  readonly path: ErrorPath;
  /** The values the message needs. */
  readonly params: ErrorParams;
  /** The catalog entry that words this error. */
  declare readonly wording: ErrorWording;

  /**
   * @param wording - the entry of a catalog made by `defineErrors`
   * @param details - path, params and cause
   */
  constructor(wording: ErrorWording | string, details: ErrorDetails = {}) {
    super('', details.cause === undefined ? undefined : { cause: details.cause });
    // The deprecated prose form `new InputError('vi / en', { cause })` of unconverted sites.
    const entry = typeof wording === 'string' ? UNCONVERTED : wording;
    this.code = entry.code;
    this.path = { ...details.path };
    this.params = typeof wording === 'string' ? { text: wording } : { ...details.params };
    Object.defineProperty(this, 'wording', { value: entry, enumerable: false });
    this.message = entry === UNCONVERTED ? wording as string : `${formatError(this, 'vi')} / ${formatError(this, 'en')}`;
  }
}
