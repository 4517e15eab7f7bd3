// @tthc/import — readers of dossier exports and catalogs (I/O at the edge; rules in @tthc/core).
export { importDossiers } from './importDossiers';
export { importDossiersLazy } from './importDossiersLazy';
export type { LazyImportResult } from './importDossiersLazy';
export { importMetrics, type FigureOptions, type ImportMetricsOptions, type MetricsAccounting } from './importMetrics';
export type { ImportOptions, ImportProgress } from './importOptions';
export { parseTimeLimit, readCatalog } from './readCatalog';
export { UnitsTableRow, readUnitsTable } from './readUnitsTable';
export { FailedInput, ImportResult, InputAccounting } from './importResult';
export { ImportAccounting, importAccountingOf, mergeImportAccountings, metricsAccountingOf, sumRows } from './importAccounting';
export type { AccountedImport } from './importAccounting';
export { issuesCsv, type IssueKind } from './issuesCsv';
export { inspectInputs, type Inspection } from './inspectInput';
export type { HeadingFound } from './_lib/events';
export type { ImportInput } from './importResult';
export { MappingSpec } from './presets/mappingSpec';
export type { ReaderLimits } from './_lib/limits';
export { LibreOfficeError, convertWithLibreOffice, sofficeMemoryMb, sofficeTimeoutMs } from './libreOffice';
