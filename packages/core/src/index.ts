// @tthc/core — the typed domain, the working-day calendar, periods and every metric.
// Pure functions only: no file system, no clock, no process. See docs/architecture.md.
// The public surface, named one by one (docs/public-api.md says what is public and why); the
// folders' own index files also serve the core's modules and may hold more. The API report
// api/core.api.md shows this list with its signatures: `pnpm api:update` after a change.

// Schemas (zod; each type is `z.infer` of the schema of the same name) and their label maps.
export {
  Channel,
  DossierStatus,
  Granularity,
  ServiceLevel,
  channelCodes,
  channelLabels,
  serviceLevelLabels,
  statusCodes,
  statusKinds,
  statusLabels,
  Dossier,
  DossierFields,
  LocalDate,
  LocalDateTime,
  dossierDateFields,
  dossierFields,
  dossierFieldTable,
  dossierFieldsOfKind,
  dossierFieldsWith,
  fieldLabels,
  Procedure,
  ProcedureCatalog,
  TimeLimit,
  Cutoff,
  PeriodKind,
  ReportPeriod,
  Counts,
  FieldFigures,
  InProgressCounts,
  Metrics,
  OnlineServiceLevelFigures,
  ProcedureFigures,
  ReceivedCounts,
  ResolvedCounts,
  RowAccounting,
  UnitFigures,
  jsonSchemaOf,
  publishedSchemas,
} from './schemas/index';
export type {
  StatusKind,
  DossierDateField,
  DossierFieldEntry,
  DossierFieldKind,
  DossierFieldName,
  DossierFieldOfKind,
  DossierFieldSpec,
} from './schemas/index';

// Local time: wall milliseconds (the Asia/Ho_Chi_Minh wall time read as if it were UTC).
export {
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  dayOfWeek,
  formatLocalDate,
  formatLocalDateTime,
  parseLocalDateTime,
  startOfDay,
  toWall,
  wallTime,
  writeLocalDateTime,
} from './time/index';

// Row issues: plain data, and their wording.
export {
  ReportedIssueSchema,
  RowIssueCode,
  RowIssueSchema,
  RowLocation,
  SkipReason,
  SkippedRowSchema,
  formatIssue,
  reportIssue,
  reportIssues,
} from './issues/index';
export type { Language, ReportedIssue, RowIssue, SkippedRow } from './issues/index';

// Validation of one dossier.
export { validateDossier, parseDossier, safeParseDossier, InvalidDossierError } from './validate/index';
export type {
  ValidateDossierOptions,
  ValidateDossierResult,
  WallDossier,
  ParseDossierOptions,
  SafeParseDossierResult,
} from './validate/index';

// The calendar: lunar dates, holidays, official days off, working time.
export {
  solarToLunar,
  lunarToSolar,
  CalendarDay,
  CalendarDayKind,
  publicHolidays,
  officialDaysOff,
  parseDaysOffCsv,
  daysOffForYear,
  createWorkCalendar,
  compareToDue,
} from './calendar/index';
export type {
  LunarDate,
  WallInterval,
  WorkCalendar,
  WorkCalendarOptions,
  WorkingSession,
  DueComparison,
} from './calendar/index';

// Periods.
export { periodFromPreset, relativePeriod, parsePeriod, safeParsePeriod, comparablePeriods, periodsWithin, recentPeriods } from './periods/index';
export { formatViDate } from './time/index';
export type { SafeParsePeriodResult, ComparablePeriods } from './periods/index';

// Metrics: the figures of a period, whole or by unit, and what a report says beside them.
export {
  computeMetrics,
  computeMetricsByUnit,
  createMetricsTally,
  periodWarnings,
  periodWarningNotes,
  lastDataDay,
  laterDataDay,
  warningsWithCatalogDues,
  UNKNOWN_FIELD,
  UNKNOWN_UNIT,
  emptyCounts,
  percent,
} from './metrics/index';
export type { ComputeMetricsOptions, MetricsDossier, MetricsTally, PeriodWarning, UnitMetrics } from './metrics/index';

// Alerts: open dossiers overdue or due soon.
export { DueAlert, findDueAlerts } from './alerts/index';
export type { FindDueAlertsOptions } from './alerts/index';

// The QĐ 766 index estimate.
export {
  computeServiceIndex,
  serviceIndexOfUnit,
  defaultOnlineSplit,
  ONLINE_MAX,
  OnlineSplit,
  OnlineSplitSetting,
  ServiceIndexAssumptions,
  ServiceIndexAssumptionsSetting,
  onlineSplitOf,
  parseOnlineSplit,
  onlineSplitNote,
  serviceIndexNotes,
  serviceIndexUsageErrors,
  SERVICE_INDEX_VERSION,
  defaultGradeBands,
  gradeOf,
  GradeBand,
  IndexGroup,
  IndexGroups,
  IndexIndicator,
  IndexText,
  LostDossier,
  LostReason,
  lostReasonLabels,
  OnlineGroup,
  PointsToGain,
  ProgressGroup,
  ServiceIndex,
  UnitIndex,
} from './serviceIndex/index';
export type { IndexGroupKey, ServiceIndexOptions } from './serviceIndex/index';

// A unit's history: the dossiers open at a period's end, and the check of the next period's carried-over ones.
export { checkCarriedOver, openCodesByUnit, carriedOverNotes, COMPARED_FIGURES, comparedValues, figureChanges, figureChangeNotes } from './history/index';
export type { CarriedOverCheck, CarriedOverDifference, CarriedOverReason, ComparedFigure, ComparedValues, FigureChange } from './history/index';

// Errors: the classes, their catalogs and wording.
export {
  TthcError,
  InputError,
  UsageError,
  defineErrors,
  formatError,
  formatZodIssues,
  coreInputErrors,
  coreUsageErrors,
  catalogProblems,
} from './errors/index';
export type {
  FormatZodIssuesOptions,
  ZodIssueLike,
  ErrorCatalog,
  ErrorDetails,
  ErrorDetailsArgs,
  ErrorDetailsFor,
  ErrorKind,
  ErrorParamValue,
  ErrorParams,
  ErrorPath,
  ErrorTemplates,
  ErrorWording,
  Placeholders,
} from './errors/index';

// Notes: what a report says beside a figure, as codes with params, worded like errors.
export { bothLanguages, defineNotes, formatNote, wordNote, Note, NoteParams, NoteParamValue, WordedNote } from './notes/index';
export type { NoteCatalog, NoteParamsFor } from './notes/index';

// Text: the one CSV reader and name folding, shared with the toolkit's other packages.
export { stripDiacritics } from './text/stripDiacritics';
export { unitNameKey } from './text/unitNameKey';
export { parseCsvRecord } from './text/csvRecord';
export { csvCell } from './text/csvCell';
export type { CsvRecordParse, Utf8Slice } from './text/csvRecord';
