import { describe, expect, it } from 'vitest';
import { type Dossier, computeServiceIndex, parseDossier } from '@tthc/core';
import { runIndexes } from '../src/_lib/runIndexes';

// A run's QĐ 766 indexes: each unit with its own online split, one pass over the dossiers per distinct split.
const period = { from: '2026-01-01', to: '2026-01-31' };
const d = (code: string, unit: string, channel: 'online' | 'direct'): Dossier =>
  parseDossier({ code, unit, procedureName: 'Đăng ký khai sinh', channel, status: 'processing', receivedAt: '2026-01-05T08:00', dueAt: '2026-02-05T17:00' });
const dossiers = [d('A1', 'Phường A', 'online'), d('A2', 'Phường A', 'direct'), d('B1', 'Phường B', 'direct'), d('C1', 'Xã C', 'online')];

/** The dossiers as a store hands them out, counting the passes. */
function counted(): { passes: () => number; items: Iterable<Dossier> } {
  let passes = 0;
  return { passes: () => passes, items: { [Symbol.iterator]: () => (passes++, dossiers[Symbol.iterator]()) } };
}

describe('runIndexes', () => {
  it('reads the dossiers once when every unit has the same split', () => {
    const { passes, items } = counted();
    const same = { points: [3, 4, 5] as [number, number, number] };
    const run = runIndexes(items, { period }, undefined, new Map([['Phường A', same], ['Phường B', same], ['Xã C', same]]));
    expect(passes()).toBe(1);
    expect(run.whole.assumptions.onlineSplit.name).toBe('split-3-4-5');
    expect(run.ofUnit('Xã C')?.assumptions.onlineSplit.name).toBe('split-3-4-5');
  });

  it('reads them once per distinct split, each unit scored with its own, the whole with the default', () => {
    const { passes, items } = counted();
    const run = runIndexes(items, { period }, undefined, new Map([['Phường A', { points: [3, 4, 5] as [number, number, number] }], ['Phường B', undefined], ['Xã C', { points: [4, 4, 4] as [number, number, number] }]]));
    expect(passes()).toBe(3);
    for (const [unit, points] of [['Phường A', [3, 4, 5]], ['Phường B', [2, 4, 6]], ['Xã C', [4, 4, 4]]] as const) {
      const alone = computeServiceIndex(dossiers.filter((x) => x.unit === unit), { period, onlineSplit: { points: [...points] as [number, number, number] } });
      const { byUnit: _b, ...mine } = run.ofUnit(unit)!;
      const { byUnit: _a, ...expected } = alone;
      expect(mine).toEqual(expected);
    }
    expect(run.whole.assumptions.onlineSplit.name).toBe('split-2-4-6');
  });

  it("scores the whole and the units the dossiers name with the run's split when it is given", () => {
    const { passes, items } = counted();
    const run = runIndexes(items, { period }, { points: [6, 4, 2] }, new Map([['Phường A', { points: [6, 4, 2] as [number, number, number] }]]));
    expect(passes()).toBe(1);
    expect(run.whole.assumptions.onlineSplit.name).toBe('split-6-4-2');
    expect(run.ofUnit('Phường B')?.assumptions.onlineSplit.name).toBe('split-6-4-2');
  });
});
