// @tthc/core — the typed domain, the working-day calendar, periods and every metric.
// Pure functions only: no file system, no clock, no process. See docs/architecture.md.
export * from './schemas/index';
export * from './time/index';
export * from './issues/index';
export * from './validate/index';
export * from './calendar/index';
export * from './periods/index';
export * from './metrics/index';
export * from './alerts/index';
export * from './serviceIndex/index';
export { stripDiacritics } from './text/stripDiacritics';
export * from './errors/index';
export * from './notes/index';
export { unitNameKey } from './text/unitNameKey';
export { csvRecords, parseCsvRecord } from './text/csvRecord';
export type { CsvRecordParse, CsvTextRecord, Utf8Slice } from './text/csvRecord';
