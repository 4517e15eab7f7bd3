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
} from './enums';
export type { StatusKind } from './enums';
export { Dossier, DossierFields, LocalDate, LocalDateTime, dossierDateFields, dossierFields } from './dossier';
export { dossierFieldTable, dossierFieldsOfKind, dossierFieldsWith, fieldLabels } from './dossierFields';
export type { DossierFieldEntry, DossierFieldKind, DossierFieldName, DossierFieldOfKind, DossierFieldSpec } from './dossierFields';
export type { DossierDateField } from './dossier';
export { Procedure, ProcedureCatalog, TimeLimit } from './catalog';
export { Cutoff, PeriodKind, ReportPeriod } from './period';
export {
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
} from './metrics';
export { jsonSchemaOf, publishedSchemas } from './jsonSchemas';
