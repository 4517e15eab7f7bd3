// Errors are data: a closed set of codes per kind of error, a path, the params
// the message needs; the words live in catalogs, one template per language, worded by
// `formatError` (like row issues and `formatIssue`).

/** Where an error happened: a file and the place inside it, or a key, a template, an option. */
export interface ErrorPath {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string | number;
  line?: number;
  /** A key of a profile, a notes file or a schema (`unit.kind`). */
  key?: string;
  /** A report template's name (`report`, `closing`) or templates folder. */
  template?: string;
  /** A command-line option, without the dashes (`from`). */
  option?: string;
}

/** A value a message needs; a list is written `a, b, c`. Never personal data. */
export type ErrorParamValue = string | number | readonly (string | number)[];
export type ErrorParams = Readonly<Record<string, ErrorParamValue>>;

/**
 * The kind of an error names the one class that carries it: `input` → `InputError`, `usage` →
 * `UsageError`; a package adds its own (`template` → `TemplateError` in @tthc/render).
 */
export type ErrorKind = string;

/**
 * The Vietnamese and English templates of one code. `{name}` is replaced by `params.name`,
 * else by the path's field of that name; `{cause}` by the wording of the error's `cause` in the
 * same language.
 */
export interface ErrorTemplates {
  readonly vi: string;
  readonly en: string;
}

/** One entry of a catalog: its kind, its code and its two templates. */
export interface ErrorWording<K extends ErrorKind = ErrorKind, C extends string = string> extends ErrorTemplates {
  readonly kind: K;
  readonly code: C;
}

/** A catalog: the codes of one package for one kind of error, each entry keeping its templates' text as its type. */
export type ErrorCatalog<K extends ErrorKind, T extends Readonly<Record<string, ErrorTemplates>>> = {
  readonly [C in keyof T & string]: ErrorWording<K, C> & T[C];
};

/** The `{name}`s of a template (its type must be the literal text). */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

type Needs<W> = W extends ErrorTemplates ? Exclude<Placeholders<W['vi']> | Placeholders<W['en']>, 'cause'> : never;
type NeedsParams<W> = Exclude<Needs<W>, keyof ErrorPath>;
type NeedsPath<W> = Extract<Needs<W>, keyof ErrorPath>;

/** What a throw site gives besides the code: where, the values the message needs, the cause. */
export interface ErrorDetails {
  path?: ErrorPath;
  params?: ErrorParams;
  cause?: unknown;
}

/**
 * The details a wording needs: `params` holding every `{name}` of its templates that is not a
 * path field, `path` holding those that are. Checked when the site is compiled.
 */
export type ErrorDetailsFor<W, Extra = unknown> = ErrorDetails &
  Extra &
  ([NeedsParams<W>] extends [never] ? unknown : { params: ErrorParams & { readonly [P in NeedsParams<W>]: ErrorParamValue } }) &
  ([NeedsPath<W>] extends [never] ? unknown : { path: ErrorPath & { readonly [P in NeedsPath<W>]-?: NonNullable<ErrorPath[P]> } });

/** The constructor's arguments after the wording: optional when the wording needs nothing. */
export type ErrorDetailsArgs<W, Extra = unknown> = [Needs<W>] extends [never]
  ? [details?: ErrorDetailsFor<W, Extra>]
  : [details: ErrorDetailsFor<W, Extra>];

/**
 * Declares a package's codes of one kind of error with their templates. A throw site passes
 * an entry to the kind's class: `throw new InputError(coreInputErrors.invalid_date, { params })`;
 * the compiler then checks that `params` (and `path`) fill every `{name}` of both templates.
 *
 * @param kind - the kind of error, i.e. the class that carries these codes
 * @param templates - `{ code: { vi, en } }`
 * @returns the catalog; each entry knows its kind and code
 * @example
 * const myErrors = defineErrors('input', { empty_file: { vi: '{file}: tệp rỗng', en: '{file}: the file is empty' } });
 * throw new InputError(myErrors.empty_file, { path: { file: 'a.csv' } });
 */
export function defineErrors<const K extends ErrorKind, const T extends Readonly<Record<string, ErrorTemplates>>>(
  kind: K,
  templates: T,
): ErrorCatalog<K, T> {
  const catalog: Record<string, ErrorWording> = {};
  for (const [code, { vi, en }] of Object.entries(templates)) catalog[code] = Object.freeze({ kind, code, vi, en });
  return Object.freeze(catalog) as ErrorCatalog<K, T>;
}
