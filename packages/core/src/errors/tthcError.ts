import type { ErrorDetails, ErrorDetailsArgs, ErrorParams, ErrorPath, ErrorWording } from './errorWording';
import { bothLanguages } from '../notes/bothLanguages';
import { formatError } from './formatError';

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
export class TthcError<W extends ErrorWording = ErrorWording> extends Error {
  override readonly name: string = 'TthcError';
  /** The code, from the closed set of the kind's catalogs. */
  readonly code: W['code'];
  /** Where it happened (file, sheet, row, column, line, key, template, option). */
  readonly path: ErrorPath;
  /** The values the message needs. */
  readonly params: ErrorParams;
  /** The catalog entry that words this error (not enumerable). */
  declare readonly wording: W;

  /**
   * @param wording - an entry of a catalog made by `defineErrors`; a string is the deprecated
   *   prose form `new InputError('vi / en', { cause })` of the sites not converted yet
   * @param details - path, params (every `{name}` of the templates) and cause
   */
  constructor(wording: W | string, ...[details]: ErrorDetailsArgs<W>) {
    const { path, params, cause } = (details ?? {}) as ErrorDetails;
    super('', cause === undefined ? undefined : { cause });
    const entry = typeof wording === 'string' ? UNCONVERTED : wording;
    this.code = entry.code;
    this.path = { ...path };
    this.params = typeof wording === 'string' ? { text: wording } : { ...params };
    Object.defineProperty(this, 'wording', { value: entry, enumerable: false });
    this.message = typeof wording === 'string' ? wording : bothLanguages({ vi: formatError(this, 'vi'), en: formatError(this, 'en', { file: false }) });
  }
}
