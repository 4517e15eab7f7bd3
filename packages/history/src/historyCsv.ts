import { csvCell } from '@tthc/core';
import type { HistoryEntry } from './historyEntry';

/** The columns of the CSV export: a name and what it reads of an entry. */
export const HISTORY_COLUMNS: ReadonlyArray<readonly [string, (e: HistoryEntry) => string | number | null | undefined]> = [
  ['unit', (e) => e.unit],
  ['from', (e) => e.period.from],
  ['to', (e) => e.period.to],
  ['version', (e) => e.version],
  ['current', (e) => (e.current ? 1 : 0)],
  ['recordedAt', (e) => e.recordedAt],
  ['received', (e) => e.figures.received.total],
  ['carriedOver', (e) => e.figures.received.carriedOver],
  ['receivedNew', (e) => e.figures.received.new.total],
  ['receivedOnline', (e) => e.figures.received.new.online],
  ['resolved', (e) => e.figures.resolved.total],
  ['resolvedEarly', (e) => e.figures.resolved.early],
  ['resolvedOnTime', (e) => e.figures.resolved.onTime],
  ['resolvedLate', (e) => e.figures.resolved.late],
  ['withdrawnOrRejected', (e) => e.figures.resolved.withdrawnOrRejected],
  ['inProgress', (e) => e.figures.inProgress.total],
  ['inProgressOverdue', (e) => e.figures.inProgress.overdue],
  ['onTimeRate', (e) => e.figures.onTimeRate],
  ['onlineDossierRate', (e) => e.figures.onlineDossierRate],
  ['openAtEnd', (e) => e.openAtEnd],
  ['serviceIndexTotal', (e) => e.serviceIndex?.total],
  ['serviceIndexMax', (e) => e.serviceIndex?.max],
  ['rowsRead', (e) => e.accounting.read],
  ['rowsRejected', (e) => e.accounting.rejected],
  ['inputs', (e) => e.inputs.map((i) => `${i.name} (${i.sha256.slice(0, 12)})`).join('; ')],
];

/** The columns that hold figures (not the entry's identity, time or inputs). */
const FIGURE_COLUMNS = HISTORY_COLUMNS.slice(HISTORY_COLUMNS.findIndex(([name]) => name === 'received'), HISTORY_COLUMNS.findIndex(([name]) => name === 'inputs'));

/**
 * What changed from one version of a unit's period to the next: each figure column that differs,
 * with its value before and after, and whether the inputs differ.
 *
 * @param older - the earlier version
 * @param newer - the later one
 * @example versionChanges(versions[1], versions[0]) // [{ column: 'received', before: 170, after: 175 }, …]
 */
export function versionChanges(
  older: HistoryEntry,
  newer: HistoryEntry,
): { figures: Array<{ column: string; before: string | number | null | undefined; after: string | number | null | undefined }>; inputsChanged: boolean } {
  const figures = FIGURE_COLUMNS.flatMap(([column, value]) => (value(older) === value(newer) ? [] : [{ column, before: value(older), after: value(newer) }]));
  const inputsOf = (e: HistoryEntry) => e.inputs.map((i) => i.sha256).join(',');
  return { figures, inputsChanged: inputsOf(older) !== inputsOf(newer) };
}

/**
 * The entries as CSV (UTF-8 with a BOM, so that Excel shows Vietnamese): one line per entry, the
 * main figures of domain.md §7 in columns — what `tthc history export --format csv` writes.
 *
 * @param entries - `HistoryStore.list`'s
 * @example for (const line of historyCsv(await store.list())) out.write(line);
 */
export function* historyCsv(entries: Iterable<HistoryEntry>): Generator<string> {
  yield `\ufeff${HISTORY_COLUMNS.map(([name]) => name).join(',')}\n`;
  for (const e of entries) yield `${HISTORY_COLUMNS.map(([, value]) => csvCell(value(e))).join(',')}\n`;
}
