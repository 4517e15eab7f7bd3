import { InputError } from '@tthc/core';
import { historyInputErrors } from './historyErrors';
import type { HistoryEntry } from './historyEntry';
import type { HistoryStore } from './historyStore';

/** What {@link copyHistory} copied. */
export interface HistoryCopy {
  /** Entries copied (every version of every unit and period). */
  entries: number;
  /** Units and periods copied. */
  periods: number;
  /** Rows of the dispatch ledger copied (each recipient of each report version). */
  dispatches: number;
}

/**
 * Copies every entry of a history store, every version with its figures, time, inputs and open
 * codes, and its dispatch ledger, into an empty one: how a city moves its embedded store to its PostgreSQL server. Each
 * unit's period is written in one transaction, its versions in order, so they keep their numbers.
 *
 * @param from - the store read
 * @param to - the store written; it must hold no entry (a second copy would record every version twice)
 * @returns how many entries and periods were copied
 * @throws InputError `history_copy_not_empty` when `to` already holds entries
 * @example
 * const from = await openHistory('/data/tthc/thanh-pho/lich-su');
 * const to = await openHistory('postgres://tthc@db/tthc');
 * await copyHistory(from, to); // { entries: 312, periods: 300, dispatches: 600 }
 */
export async function copyHistory(from: HistoryStore, to: HistoryStore): Promise<HistoryCopy> {
  const held = (await to.list({ allVersions: true })).length;
  if (held > 0) throw new InputError(historyInputErrors.history_copy_not_empty, { params: { store: to.where, entries: held } });
  const all = await from.list({ allVersions: true });
  // One unit's period: its versions together, oldest first, so that the copy numbers them alike.
  const periods = new Map<string, HistoryEntry[]>();
  for (const e of all) {
    const key = JSON.stringify([e.unit, e.period.from, e.period.to]);
    const versions = periods.get(key);
    if (versions) versions.push(e);
    else periods.set(key, [e]);
  }
  for (const versions of periods.values()) {
    const entries = [];
    for (const { version, current: _current, openAtEnd: _open, ...entry } of versions.sort((a, b) => a.version - b.version)) {
      entries.push({ ...entry, openCodes: (await from.openCodes({ unit: entry.unit, period: entry.period, version })) ?? [] });
    }
    await to.recordAll(entries);
  }
  const dispatches = await from.dispatch.rows();
  await to.dispatch.copyIn(dispatches);
  return { entries: all.length, periods: periods.size, dispatches: dispatches.length };
}
