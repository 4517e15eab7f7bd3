// @tthc/render — the period's report: DOCX (Nghị định 30/2020 layout), XLSX annex, Markdown, HTML.
export { Notes, Narrative, Paragraph, Profile, Signer } from './profile/profileSchema';
export { parseNotes, parseProfile } from './profile/parseProfile';
export { mergeNotes } from './profile/mergeNotes';
export { REPORT_FORMATS, renderReport } from './renderReport';
export type { RenderReportOptions, RenderedReport, ReportFormat } from './renderReport';
export { reportFileName, slugify } from './reportFileName';
export { loadTemplates } from './templates/loadTemplates';
export { defaultTemplates } from './templates/defaults';
export { TemplateError } from './templates/renderTemplates';
export { MarkupError } from './markup/parseMarkup';
export { AnnexIdentityError, annexRows, annexValues } from './model/annexRows';
export type { AnnexRow } from './model/annexRows';
export { formatCount } from './format/formatCount';
export { formatPercent } from './format/formatPercent';
export { formatDateLine, formatLongDate, formatShortDate } from './format/dates';
export { renderUnitReports, summaryFileName } from './units/renderUnitReports';
export type { RenderUnitReportsOptions, RenderedFile, UnitEntry, UnitReport, UnitReportsResult } from './units/renderUnitReports';
