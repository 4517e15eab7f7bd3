import { InputError, Metrics, ServiceIndex, formatZodIssues } from '@tthc/core';
import { renderInputErrors } from './renderInputErrors';
import { writeDocx } from './docx/writeDocx';
import { fillWordTemplate } from './docx/fillWordTemplate';
import { writeHtml } from './html/writeHtml';
import { parseMarkup } from './markup/parseMarkup';
import { writeMarkdown } from './md/writeMarkdown';
import type { ComparedPeriod } from './model/comparisonSection';
import type { CarriedOverMismatch } from './xlsx/dataQualitySheet';
import type { RecentPeriod } from './xlsx/recentSheet';
import { buildContext } from './model/buildContext';
import { mergeNotes } from './profile/mergeNotes';
import type { Notes, Profile } from './profile/profileSchema';
import { loadTemplates } from './templates/loadTemplates';
import { renderTemplates } from './templates/renderTemplates';
import { formatShortDate } from './format/dates';
import { writeAnnex } from './xlsx/writeAnnex';

export const REPORT_FORMATS = ['docx', 'xlsx', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderReportOptions<F extends ReportFormat = ReportFormat> {
  /** The period's figures (`computeMetrics` of @tthc/core); checked against the schema. */
  metrics: Metrics;
  /** The unit's profile (`parseProfile`). */
  profile: Profile;
  /** The period's notes, merged over the profile (`parseNotes`). Default: none. */
  notes?: Notes;
  /** The formats to write. Default: all four. */
  formats?: readonly F[];
  /** Template overrides by name (see `defaultTemplates`). Default: none. */
  templates?: Record<string, string>;
  /** A folder of `<name>.hbs` overrides, read with `loadTemplates` (the only I/O). Default: none. */
  templatesDir?: string;
  /**
   * The document's date (YYYY-MM-DD) for the date line. Default: the notes' `documentDate`;
   * without either, the line keeps blanks for the day and month ("ngày … tháng … năm 2026",
   * the year of the period's end), as an unsigned draft does. Never the clock.
   */
  documentDate?: string;
  /** A user's Word template with placeholders (see `fillWordTemplate`), used instead of the built-in layout. */
  wordTemplate?: Uint8Array;
  /**
   * The period's QĐ 766 index (`computeServiceIndex` of @tthc/core), for the report's index
   * section and the annex's index sheet. Required when the profile's `serviceIndex` is on,
   * ignored when it is off.
   */
  serviceIndex?: ServiceIndex;
  /**
   * The figures of the previous period and of the same period last year (a unit's history,
   * `@tthc/history`): section IV then says how each figure changed ("tăng 12 hồ sơ (3,8%)").
   * Without them those sentences are left out. The `comparisons` partial places or drops them.
   */
  comparisons?: { previous?: ComparedPeriod; lastYear?: ComparedPeriod };
  /** The unit's carried-over mismatch (its history's check), listed by code in the annex's data-quality sheet. */
  carriedOver?: CarriedOverMismatch;
  /** The compared figures of the unit's last periods of the same kind (its history, oldest first): the annex's sheet "Các kỳ trước". */
  recent?: readonly RecentPeriod[];
}

/** What each format is: bytes for DOCX and XLSX, text for Markdown and HTML. */
export interface ReportContents {
  docx: Uint8Array;
  xlsx: Uint8Array;
  md: string;
  html: string;
}

/** The rendered files: exactly the formats asked for (all four when none are named). */
export type RenderedReport<F extends ReportFormat = ReportFormat> = Pick<ReportContents, F>;

/**
 * Renders the period's report in the requested formats: DOCX in the layout of Nghị định
 * 30/2020, the XLSX annex (statistical form), Markdown and HTML — all from the same
 * templates. Deterministic: the same inputs give byte-identical outputs.
 *
 * @param options - see `RenderReportOptions`
 * @returns the rendered files, typed by the formats asked for (`{ docx }` for `formats: ['docx']`)
 * @throws InputError when the metrics or the merged profile are invalid; TemplateError for a
 *   broken template or a missing variable; AnnexIdentityError when the figures break the form
 * @example
 * const { docx } = await renderReport({ metrics, profile, formats: ['docx'] });
 */
export async function renderReport<F extends ReportFormat = ReportFormat>(options: RenderReportOptions<F>): Promise<RenderedReport<F>> {
  const parsed = Metrics.safeParse(options.metrics);
  if (!parsed.success) {
    throw new InputError(renderInputErrors.invalid_metrics, { params: { issues: formatZodIssues(parsed.error) }, cause: parsed.error });
  }
  const metrics = parsed.data;
  const formats = new Set<ReportFormat>(options.formats ?? REPORT_FORMATS);
  const profile = mergeNotes(options.profile, options.notes);
  const index = profile.serviceIndex ? checkedIndex(options.serviceIndex, profile) : null;
  const overrides = {
    ...(options.templatesDir === undefined ? {} : await loadTemplates(options.templatesDir)),
    ...options.templates,
  };
  const context = buildContext(metrics, profile, options.notes, options.documentDate ?? null, index, options.comparisons);
  const blocks = parseMarkup(renderTemplates(context, overrides));
  const title = `Báo cáo ${profile.unit.name} ${formatShortDate(metrics.period.from)} - ${formatShortDate(metrics.period.to)}`;

  const out: Partial<ReportContents> = {};
  if (formats.has('docx')) {
    out.docx = options.wordTemplate ? fillWordTemplate(options.wordTemplate, blocks, context) : writeDocx(blocks, title);
  }
  if (formats.has('xlsx')) out.xlsx = await writeAnnex(metrics, profile, index ?? undefined, { carriedOver: options.carriedOver, recent: options.recent });
  if (formats.has('md')) out.md = writeMarkdown(blocks);
  if (formats.has('html')) out.html = writeHtml(blocks, title);
  return out as RenderedReport<F>;
}

/**
 * The index the profile's `serviceIndex` switch asks for, checked against its schema and, when
 * the profile sets the online split, scored with the same points (the report states the split).
 */
function checkedIndex(index: ServiceIndex | undefined, profile: Profile): ServiceIndex {
  if (index === undefined) {
    throw new InputError(renderInputErrors.missing_service_index);
  }
  const parsed = ServiceIndex.safeParse(index);
  if (!parsed.success) {
    throw new InputError(renderInputErrors.invalid_service_index, { params: { issues: formatZodIssues(parsed.error) }, cause: parsed.error });
  }
  const wanted = profile.serviceIndexAssumptions?.onlineSplit?.points;
  const used = parsed.data.assumptions.onlineSplit;
  if (wanted !== undefined && wanted.join() !== used.points.join()) {
    throw new InputError(renderInputErrors.service_index_split_differs, {
      params: { profileSplit: wanted.join(' + '), indexSplit: `${used.points.join(' + ')} (${used.name})` },
    });
  }
  return parsed.data;
}
