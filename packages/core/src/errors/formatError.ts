import type { Language } from '../issues/formatIssue';
import type { ErrorParamValue } from './errorWording';
import type { TthcError } from './tthcError';

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function isTthcError(value: unknown): value is TthcError {
  return value instanceof Error && 'wording' in value && 'params' in value;
}

function text(value: ErrorParamValue): string {
  return typeof value === 'object' ? value.join(', ') : String(value);
}

/**
 * Words an error of the toolkit in Vietnamese or English from its catalog entry: each
 * `{name}` of the language's template is replaced by `params.name` (else the path's field of
 * that name), `{cause}` by the cause's own wording in the same language. A value missing from
 * both is left as `{name}` rather than failing while reporting a failure.
 *
 * @param error - any `TthcError` (`InputError`, `UsageError`, `TemplateError`, …)
 * @param lang - `vi` or `en`
 * @returns the message in that language
 * @example
 * formatError(new UsageError(coreUsageErrors.invalid_period_offset, { params: { value: 0.5 } }), 'en')
 * // 'The period offset must be a whole number: 0.5.'
 */
export function formatError(error: TthcError, lang: Language): string {
  const { wording, params, path, cause } = error;
  if (wording.code === 'unconverted') return String(params.text);
  const values: Readonly<Record<string, ErrorParamValue | undefined>> = { ...path, ...params };
  return wording[lang].replace(PLACEHOLDER, (whole, name: string) => {
    if (name === 'cause' && !('cause' in params)) {
      if (isTthcError(cause)) return formatError(cause, lang);
      return cause instanceof Error ? cause.message : String(cause);
    }
    const value = values[name];
    return value === undefined ? whole : text(value);
  });
}
