import type { Language } from '../issues/formatIssue';

/** What {@link formatZodIssues} reads of a zod issue (zod 4's `$ZodIssue` has both). */
export interface ZodIssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Options of {@link formatZodIssues}. */
export interface FormatZodIssuesOptions {
  /** How many issues are written; the others are counted on a last item. Default: 10. */
  max?: number;
  /**
   * `'lines'`: one `  - path: message` line each, for a message of several lines;
   * `'inline'`: `path: message; path: message`, for a message of one line. Default: `'lines'`.
   */
  layout?: 'lines' | 'inline';
  /** The language of the words around the issues (the document itself, the count of the others). Default: `'en'`. */
  lang?: Language;
}

const words = {
  vi: { root: '(gốc)', more: (n: number) => `… và ${n} lỗi khác` },
  en: { root: '(root)', more: (n: number) => `… and ${n} more` },
} as const;

/**
 * Words the issues of a zod error for a message (a catalog template's `{issues}`): each as its
 * path, keys and indexes joined by dots (`(root)` for the document itself), and zod's message,
 * which is English; beyond `max` issues, their count. Every package turns zod issues into text
 * with this one function.
 *
 * @param error - a `ZodError` (or anything with its `issues`)
 * @param options - the most issues written, the layout, the language of the words around them
 * @returns the issues as text
 * @example
 * const r = z.object({ byField: z.array(z.object({ total: z.number() })) }).safeParse({ byField: [{ total: 'x' }] });
 * formatZodIssues(r.error) // '  - byField.0.total: Invalid input: expected number, received string'
 * formatZodIssues(r.error, { layout: 'inline' }) // 'byField.0.total: Invalid input: expected number, received string'
 */
export function formatZodIssues(error: { readonly issues: readonly ZodIssueLike[] }, options: FormatZodIssuesOptions = {}): string {
  const { max = 10, layout = 'lines', lang = 'en' } = options;
  const w = words[lang];
  const shown = error.issues.slice(0, Math.max(0, max));
  const items = shown.map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : w.root}: ${issue.message}`);
  const rest = error.issues.length - shown.length;
  if (rest > 0) items.push(w.more(rest));
  return layout === 'lines' ? items.map((item) => `  - ${item}`).join('\n') : items.join('; ');
}
