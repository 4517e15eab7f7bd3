import { TthcError, catalogProblems, computeMetrics, computeMetricsByUnit, computeServiceIndex, formatError } from '@tthc/core';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  AnnexIdentityError,
  MarkupError,
  TemplateError,
  annexIdentityErrors,
  annexRows,
  loadTemplates,
  markupErrors,
  mergeNotes,
  parseNotes,
  parseProfile,
  renderInputErrors,
  renderReport,
  renderUnitReports,
  templateErrors,
} from '../src/index';
import * as city from './fixtures/smallCity';
import { parseMarkup } from '../src/markup/parseMarkup';
import { writeAnnex } from '../src/xlsx/writeAnnex';
import { haiAn } from './helpers/example';
import { letterheadTemplate } from './helpers/wordTemplate';
import { buildMetrics, counts, seedMetrics } from './fixtures/metrics';

const raised = async (fn: () => unknown): Promise<TthcError> => {
  try {
    await fn();
  } catch (error) {
    if (error instanceof TthcError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
};

const withTemplate = (closing: string) => () => renderReport({ metrics: seedMetrics(), profile: haiAn().profile, templates: { closing }, formats: ['md'] });
const withWordTemplate = (wordTemplate: Uint8Array) => () =>
  renderReport({ metrics: seedMetrics(), profile: haiAn().profile, wordTemplate, formats: ['docx'] });
const docx = (body: string) =>
  zipSync({ 'word/document.xml': new TextEncoder().encode(`<w:document><w:body>${body}</w:body></w:document>`) });
const breakEarly = () => {
  const m = seedMetrics();
  return { ...m, resolved: { ...m.resolved, early: m.resolved.early + 1 } };
};
const oneProcedure = () =>
  buildMetrics([{ code: 'x', name: 'X', field: 'F', counts: counts({ online: 1, direct: 0, carriedOver: 0, early: 1, onTime: 0, within: 0 }) }]);

// Every code of the render catalogs, raised through the function that throws it.
const sites: Record<string, () => unknown> = {
  helper_expected_number: withTemplate('<p>{{count "a"}}</p>'),
  helper_expected_text: withTemplate('<p>{{upper 1}}</p>'),
  helper_expected_list: withTemplate('{{paragraphs 1}}'),
  lookup_undefined: withTemplate('<p>{{lookup profile "nope"}}</p>'),
  footnote_without_text: withTemplate('<p>{{text "a [^zz]"}}</p>'),
  prototype_property: withTemplate('<p>{{profile.constructor}}</p>'),
  invalid_template: withTemplate('{{#if x}}'),
  missing_variable_in_report: withTemplate('<p>{{nothing}}</p>'),
  report_failed: withTemplate('<p>{{shortDate "8/9/2025"}}</p>'),
  bare_ampersand: () => parseMarkup('<p>a & b</p>'),
  unknown_entity: () => parseMarkup('<p>&nbsp;</p>'),
  stray_less_than: () => parseMarkup('<p>a < b</p>'),
  wrong_closing_tag: () => parseMarkup('<p><b>x</p></b>'),
  never_closed: () => parseMarkup('<p>x'),
  not_allowed_inside: () => parseMarkup('<p><h1>x</h1></p>'),
  text_directly_inside: () => parseMarkup('<signoff>x</signoff>'),
  needs_exactly_one: () => parseMarkup('<masthead><agency>A</agency><nation>N</nation><motto>M</motto><dateline>D</dateline></masthead>'),
  needs_at_most_one: () =>
    parseMarkup('<masthead><parent>P</parent><parent>Q</parent><agency>A</agency><number>1</number><nation>N</nation><motto>M</motto><dateline>D</dateline></masthead>'),
  needs_agency: () => parseMarkup('<masthead><number>1</number><nation>N</nation><motto>M</motto><dateline>D</dateline></masthead>'),
  unknown_element: () => parseMarkup('<script>x</script>'),
  identity_broken: () => annexRows(breakEarly()),
  column_total_differs: () => {
    const m = oneProcedure();
    return annexRows({ ...m, byField: [...m.byField, { ...(m.byField[0] as (typeof m.byField)[number]), field: 'G' }] });
  },
  procedures_without_field: () => {
    const m = oneProcedure();
    return writeAnnex({ ...m, byProcedure: m.byProcedure.map((p) => ({ ...p, field: 'G' })) }, haiAn().profile);
  },
  unreadable_document: () => parseProfile('unit: [', 'x.yaml'),
  invalid_profile: () => parseProfile('{}', 'p.yaml'),
  invalid_notes: () => parseNotes('documentDate: 08/01/2026\n', 'n.yaml'),
  notes_break_profile: () => mergeNotes(haiAn().profile, parseNotes('signer: { name: "" }\n', 'n.yaml')),
  unreadable_templates_folder: () => loadTemplates('/nonexistent/templates'),
  word_template_not_docx: withWordTemplate(new TextEncoder().encode('not a zip')),
  word_template_without_document: withWordTemplate(zipSync({ 'a.txt': new Uint8Array(1) })),
  word_template_unknown_placeholder: withWordTemplate(letterheadTemplate('<w:p><w:r><w:t>{{signer}}</w:t></w:r></w:p>')),
  word_template_without_body: withWordTemplate(docx('<w:p><w:r><w:t>x</w:t></w:r></w:p>')),
  invalid_metrics: () => renderReport({ metrics: {} as never, profile: haiAn().profile, formats: ['md'] }),
  no_unit_figures: () => renderUnitReports({ metricsByUnit: [], units: city.units }),
  units_periods_differ: () => {
    const [a, b] = computeMetricsByUnit(city.dossiers, { period: city.period });
    const other = computeMetrics([], { period: { from: '2026-01-01', to: '2026-01-31' } });
    return renderUnitReports({ metricsByUnit: [a!, { unit: b!.unit, metrics: other }], units: city.units });
  },
  units_match_one_ward: () => renderUnitReports({ metricsByUnit: computeMetricsByUnit(city.dossiers, { period: city.period }), units: city.units }),
  profiles_same_file_name: () =>
    renderUnitReports({
      dossiers: city.dossiers,
      metricsOptions: { period: city.period },
      units: [city.units[0]!, { unit: 'UBND phường Cát Dài', profile: city.profile('Phường An Biên') }],
    }),
  missing_service_index: () => renderReport({ metrics: seedMetrics(), profile: { ...haiAn().profile, serviceIndex: true }, formats: ['md'] }),
  invalid_service_index: () =>
    renderReport({ metrics: seedMetrics(), profile: { ...haiAn().profile, serviceIndex: true }, serviceIndex: {} as never, formats: ['md'] }),
  service_index_split_differs: () =>
    renderReport({
      metrics: seedMetrics(),
      profile: { ...haiAn().profile, serviceIndex: true, serviceIndexAssumptions: { onlineSplit: { points: [3, 4, 5] } } },
      serviceIndex: computeServiceIndex([], { period: seedMetrics().period }),
      formats: ['md'],
    }),
};

const catalogs = { template: templateErrors, markup: markupErrors, annexIdentity: annexIdentityErrors, input: renderInputErrors };

describe('the render catalogs', () => {
  it('are sound', () => {
    for (const [kind, catalog] of Object.entries(catalogs)) expect(catalogProblems(catalog, kind)).toEqual([]);
  });

  it('are raised, each code at least once, by the functions below', () => {
    expect(Object.keys(sites).sort()).toEqual(Object.values(catalogs).flatMap((c) => Object.keys(c)).sort());
  });

  for (const [code, site] of Object.entries(sites)) {
    it(`${code}: fills every placeholder in both languages; message = vi / en`, async () => {
      const error = await raised(site);
      expect(error.code).toBe(code);
      for (const lang of ['vi', 'en'] as const) expect(formatError(error, lang)).not.toMatch(/(?<!\{)\{[A-Za-z]\w*\}(?!\})/);
      expect(error.message).toBe(`${formatError(error, 'vi')} / ${formatError(error, 'en')}`);
    });
  }
});

describe('the render errors', () => {
  it('TemplateError: the template, the variable and its place, in Vietnamese and English', async () => {
    const error = await raised(withTemplate('<p>{{nothing}}</p>'));
    expect(error).toBeInstanceOf(TemplateError);
    expect(error.path).toMatchObject({ template: 'report' });
    expect(error.params).toEqual({ variable: 'nothing' });
    expect(error.cause).toBeInstanceOf(Error);
    expect(formatError(error, 'vi')).toMatch(/^mẫu "report" \(hoặc một mẫu con của nó\): thiếu biến "nothing" \(dòng \d+, cột \d+\)$/);
    expect(formatError(error, 'en')).toMatch(/^template "report" \(or one of its partials\): missing variable "nothing" \(line \d+, column \d+\)$/);
  });

  it('MarkupError: the line and the element, in Vietnamese and English', async () => {
    const error = await raised(() => parseMarkup('<p>x</p>\n<script>y</script>'));
    expect(error).toBeInstanceOf(MarkupError);
    expect({ code: error.code, path: error.path, params: error.params }).toEqual({ code: 'unknown_element', path: { line: 2 }, params: { element: 'script' } });
    expect(formatError(error, 'vi')).toBe('dòng 2: thẻ không biết <script>');
    expect(formatError(error, 'en')).toBe('line 2: unknown element <script>');
  });

  it('AnnexIdentityError: the identity and the row, with the text of before', async () => {
    const error = await raised(() => annexRows(breakEarly()));
    expect(error).toBeInstanceOf(AnnexIdentityError);
    expect(error.code).toBe('identity_broken');
    expect(formatError(error, 'vi')).toMatch(/^Số liệu sai đồng nhất thức \(7\)=\(8\)\+\(9\)\+\(10\) ở dòng "[^"]+": \d+ ≠ \d+$/);
    expect(formatError(error, 'en')).toMatch(/^the figures break \(7\)=\(8\)\+\(9\)\+\(10\) on row "[^"]+"$/);
  });
});
