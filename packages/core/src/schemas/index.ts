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
export { Dossier, LocalDate, LocalDateTime, dossierDateFields, dossierFields } from './dossier';
export type { DossierDateField } from './dossier';
export { Procedure, ProcedureCatalog } from './catalog';
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
