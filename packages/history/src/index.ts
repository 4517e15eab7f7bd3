// @tthc/history — a unit's report history: every period's figures, kept per version, in an
// embedded SQLite file (WebAssembly, no server, no native build) or a PostgreSQL server.
export { openHistory, historyLocation, EMBEDDED_FILE_NAME } from './openHistory';
export type { HistoryLocation } from './openHistory';
export { HistoryStore } from './historyStore';
export { copyHistory } from './copyHistory';
export { DispatchLedger, DispatchRecord } from './dispatchLedger';
export type { ClaimOptions, DispatchClaim, DispatchKey } from './dispatchLedger';
export type { HistoryCopy } from './copyHistory';
export type { HistoryKey, HistoryListOptions } from './historyStore';
export { HistoryEntry, NewHistoryEntry, HistoryInput, HistoryAccounting } from './historyEntry';
export { historyInputErrors } from './historyErrors';
export { LATEST_MIGRATION } from './migrations/index';
export { HISTORY_COLUMNS, historyCsv, versionChanges } from './historyCsv';
