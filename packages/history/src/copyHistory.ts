import { InputError } from '@tthc/core';
import { historyInputErrors } from './historyErrors';
import type { HistoryStore } from './historyStore';

/** What {@link copyHistory} copied. */
export interface HistoryCopy {
  /** Entries copied (every version of every unit and period). */
  entries: number;
  /** Units and periods copied. */
  periods: number;
}

/**
 * Copies every entry of a history store, every version with its figures, time, inputs and open
 * codes, into an empty one: how a city moves its embedded store to its PostgreSQL server. Each
 * unit's period is written in one transaction, its versions in order, so they keep their numbers.
 *
 * @param from - the store read
 * @param to - the store written; it must hold no entry (a second copy would record every version twice)
 * @returns how many entries and periods were copied
 * @throws InputError `history_copy_not_empty` when `to` already holds entries
 * @example
 * const from = await openHistory('/data/tthc/thanh-pho/lich-su');
 * const to = await openHistory('postgres://tthc@db/tthc');
 * await copyHistory(from, to); // { entries: 312, periods: 300 }
 */
export async function copyHistory(from: HistoryStore, to: HistoryStore): Promise<HistoryCopy> {
  const held = (await to.list({ allVersions: true })).length;
  if (held > 0) throw new InputError(historyInputErrors.history_copy_not_empty, { params: { store: to.where, entries: held } });
  const all = await from.list({ allVersions: true });
  let periods = 0;
  for (let i = 0; i < all.length; ) {
    // One unit's period: its versions, newest first as listed.
    const first = all[i];
    let j = i;
    while (j < all.length && all[j]?.unit === first?.unit && all[j]?.period.from === first?.period.from && all[j]?.period.to === first?.period.to) j++;
    const versions = all.slice(i, j).reverse();
    const entries = [];
    for (const { version, current: _current, openAtEnd: _open, ...entry } of versions) {
      const openCodes = (await from.openCodes({ unit: entry.unit, period: entry.period, version })) ?? [];
      entries.push({ ...entry, openCodes });
    }
    await to.recordAll(entries);
    periods += 1;
    i = j;
  }
  return { entries: all.length, periods };
}
