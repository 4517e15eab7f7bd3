// @tthc/report — one report run: a request in, everything a face shows out.
export { runReport } from './runReport';
export type { PeriodRun, ReportRun, RunReportOptions, UnitRun } from './runReport';
export { historySummary } from './_lib/runHistory';
export type { CarriedOverResult, UnitHistory } from './_lib/runHistory';
export { HistoryBrief, HistorySummary, RecentBrief } from './request/historySummary';
export { parseReportRequest } from './parseReportRequest';
export { AlertsRequest, DatasetInput, FileRef, PeriodRequest, ReportInput, ReportRequest, UnitReportRequest, UnitsReportRequest } from './request/reportRequest';
export type { ParsedReportRequest } from './request/reportRequest';
export { diskFiles } from './_lib/files';
export type { FileAccess } from './_lib/files';
export { periodOf, readDaysOff } from './_lib/smallInputs';
export { reportInputErrors } from './reportErrors';
export { reportFromFigures } from './reportFromFigures';
export { findWard, listWards } from './wardFolders';
export type { WardFolder } from './wardFolders';
export { FiguresReportRequest } from './request/figuresReportRequest';
export { DocumentOptions } from './request/reportRequest';
export type { DocumentRequest } from './request/reportRequest';
