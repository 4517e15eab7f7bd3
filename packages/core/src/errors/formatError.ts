import type { Language } from '../issues/formatIssue';
import { fillTemplate } from '../text/fillTemplate';
import type { TthcError } from './tthcError';

function isTthcError(value: unknown): value is TthcError {
  return value instanceof Error && 'wording' in value && 'params' in value;
}

/**
 * Words an error of the toolkit in Vietnamese or English from its catalog entry, by the one
 * template function (`fillTemplate`, which notes and warnings are worded by too): each `{name}`
 * of the language's template is replaced by `params.name` (else the path's field of that name),
 * `{cause}` by the cause's own wording in the same language. A value missing from both is left
 * as `{name}` rather than failing while reporting a failure. The English templates leave the file
 * out (the bilingual message names it once, in the Vietnamese part): alone, the English text is
 * given the file's name before it, as the Vietnamese one has it.
 *
 * @param error - any `TthcError` (`InputError`, `UsageError`, `TemplateError`, …)
 * @param lang - `vi` or `en`
 * @param options - `file: false` leaves the file's name out of an English text whose template does (the bilingual message)
 * @returns the message in that language
 * @example
 * formatError(new UsageError(coreUsageErrors.invalid_period_offset, { params: { value: 0.5 } }), 'en')
 * // 'The period offset must be a whole number: 0.5.'
 */
export function formatError(error: TthcError, lang: Language, options: { file?: boolean } = {}): string {
  const { wording, params, path, cause } = error;
  if (wording.code === 'unconverted') return String(params.text);
  const text = fillTemplate(wording[lang], { ...path, ...params }, (name) => {
    if (name !== 'cause' || 'cause' in params) return undefined;
    if (isTthcError(cause)) return formatError(cause, lang, { file: false });
    return cause instanceof Error ? cause.message : String(cause);
  });
  const file = path?.file;
  const named = options.file !== false && lang === 'en' && file !== undefined && !wording.en.includes('{file}');
  return named ? `${file}: ${text}` : text;
}
