import Handlebars from 'handlebars';
import { formatCount } from '../format/formatCount';
import { formatPercent } from '../format/formatPercent';
import { formatLongDate, formatShortDate } from '../format/dates';
import type { ReportContext } from '../model/buildContext';
import { defaultTemplates } from './defaults';
import { TemplateError } from './templateError';
import { templateErrors } from './templateErrors';

const escape = Handlebars.Utils.escapeExpression;

function expectNumber(name: string, value: unknown): number {
  if (typeof value !== 'number') throw new TemplateError(templateErrors.helper_expected_number, { params: { helper: name, value: String(JSON.stringify(value)) } });
  return value;
}

function expectString(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new TemplateError(templateErrors.helper_expected_text, { params: { helper: name, value: String(JSON.stringify(value)) } });
  return value;
}

/** Escapes a narrative text and turns its `[^id]` markers into <fn> elements. */
function narrativeMarkup(text: string, footnotes: Record<string, string>): string {
  return text
    .split(/(\[\^[\w-]+\])/)
    .map((part) => {
      const m = /^\[\^([\w-]+)\]$/.exec(part);
      if (!m) return escape(part);
      const id = m[1] as string;
      if (!Object.hasOwn(footnotes, id)) throw new TemplateError(templateErrors.footnote_without_text, { params: { id } });
      return `<fn>${escape(footnotes[id] as string)}</fn>`;
    })
    .join('');
}

function footnotesOf(options: Handlebars.HelperOptions): Record<string, string> {
  const root = (options.data as { root?: ReportContext } | undefined)?.root;
  return root?.profile.footnotes ?? {};
}

function createEnvironment(): typeof Handlebars {
  const hb = Handlebars.create();
  // `log` would print to the console; `lookup` is replaced by a strict, own-properties-only one.
  hb.unregisterHelper('log');
  hb.registerHelper('lookup', (target: unknown, key: unknown) => {
    const name = typeof key === 'number' ? String(key) : expectString('lookup', key);
    if (typeof target !== 'object' || target === null || !Object.hasOwn(target, name)) {
      throw new TemplateError(templateErrors.lookup_undefined, { params: { name } });
    }
    return (target as Record<string, unknown>)[name];
  });
  hb.registerHelper('count', (n: unknown) => formatCount(expectNumber('count', n)));
  hb.registerHelper('quantity', (n: unknown, unit: unknown) => {
    const value = expectNumber('quantity', n);
    return value === 0 ? '0' : `${formatCount(value)} ${expectString('quantity', unit)}`;
  });
  hb.registerHelper('percent', (rate: unknown) =>
    rate === null ? 'chưa tính được (thiếu danh mục thủ tục hành chính của đơn vị)' : formatPercent(expectNumber('percent', rate)),
  );
  hb.registerHelper('add', (...args: unknown[]) =>
    args.slice(0, -1).reduce<number>((sum, v) => sum + expectNumber('add', v), 0),
  );
  hb.registerHelper('shortDate', (d: unknown) => formatShortDate(expectString('shortDate', d)));
  hb.registerHelper('longDate', (d: unknown) => formatLongDate(expectString('longDate', d)));
  hb.registerHelper('upper', (s: unknown) => expectString('upper', s).toLocaleUpperCase('vi'));
  hb.registerHelper('text', (s: unknown, options: Handlebars.HelperOptions) =>
    new hb.SafeString(narrativeMarkup(expectString('text', s), footnotesOf(options))),
  );
  hb.registerHelper('paragraphs', (list: unknown, options: Handlebars.HelperOptions) => {
    if (!Array.isArray(list)) {
      throw new TemplateError(templateErrors.helper_expected_list, { params: { helper: 'paragraphs', value: String(JSON.stringify(list)) } });
    }
    const footnotes = footnotesOf(options);
    return new hb.SafeString(list.map((p) => `<p>${narrativeMarkup(expectString('paragraphs', p), footnotes)}</p>`).join('\n'));
  });
  return hb;
}

// Names a template may never use: the members of Object.prototype (constructor, __proto__,
// toString, …). The runtime already refuses them (Handlebars' prototype-access checks stay on);
// refusing them when compiling turns a silent blank into an error naming the path.
const FORBIDDEN = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

function checkPaths(ast: hbs.AST.Program, name: string): void {
  const visitor = new Handlebars.Visitor();
  visitor.PathExpression = (path: hbs.AST.PathExpression) => {
    for (const part of path.parts) {
      if (FORBIDDEN.has(part)) {
        throw new TemplateError(templateErrors.prototype_property, { path: { template: name }, params: { expression: path.original, property: part } });
      }
    }
  };
  visitor.accept(ast);
}

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

/** The TemplateError of what Handlebars threw while rendering "report" and its partials. */
function renderFailure(cause: unknown): TemplateError {
  if (cause instanceof TemplateError) return cause;
  // Handlebars strict mode: '"foo" not defined in [object Object] - 3:4'
  const m = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/s.exec(messageOf(cause));
  if (!m) return new TemplateError(templateErrors.report_failed, { path: { template: 'report' }, params: { detail: messageOf(cause) }, cause });
  return new TemplateError(templateErrors.missing_variable_in_report, {
    path: { template: 'report', line: Number(m[2]), column: Number(m[3]) },
    params: { variable: m[1] as string },
    cause,
  });
}

/**
 * Renders the report's markup from the templates (defaults, replaced by `overrides` of the
 * same name; extra overrides become partials). Strict: a missing variable is an error naming
 * it. Values are escaped for HTML/XML; prototype properties are never reachable (Handlebars'
 * default runtime options are kept).
 *
 * @param context - the template context
 * @param overrides - templates by name (without ".hbs")
 * @returns the markup
 * @throws TemplateError naming the template and the variable or helper at fault
 */
export function renderTemplates(context: ReportContext, overrides: Record<string, string> = {}): string {
  const entry = preparedTemplates(overrides);
  try {
    return entry(context);
  } catch (cause) {
    throw renderFailure(cause);
  }
}

/**
 * The compiled "report" template of a set of overrides, compiled once and kept (the last few
 * sets): a city's hundred ward reports share their templates, and compiling them took about as
 * long as rendering a report. The helpers hold no state, so sharing is safe.
 */
function preparedTemplates(overrides: Record<string, string>): Handlebars.TemplateDelegate {
  const key = JSON.stringify(Object.entries(overrides).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  let entry = prepared.get(key);
  if (entry === undefined) {
    entry = compileTemplates(overrides);
    if (prepared.size >= MAX_PREPARED) prepared.delete(prepared.keys().next().value as string);
    prepared.set(key, entry);
  }
  return entry;
}
const prepared = new Map<string, Handlebars.TemplateDelegate>();
const MAX_PREPARED = 8;

function compileTemplates(overrides: Record<string, string>): Handlebars.TemplateDelegate {
  const hb = createEnvironment();
  const sources: Record<string, string> = { ...defaultTemplates, ...overrides };
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of Object.entries(sources)) {
    try {
      const ast = hb.parse(source);
      checkPaths(ast, name);
      const template = hb.compile(ast, { strict: true, noEscape: false });
      compiled.set(name, template);
      hb.registerPartial(name, template);
    } catch (cause) {
      if (cause instanceof TemplateError) throw cause;
      throw new TemplateError(templateErrors.invalid_template, { path: { template: name }, params: { detail: messageOf(cause) }, cause });
    }
  }
  return compiled.get('report') as Handlebars.TemplateDelegate;
}
