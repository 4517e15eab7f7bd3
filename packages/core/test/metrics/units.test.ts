import { describe, expect, it } from 'vitest';
import { computeMetrics, InputError } from '../../src/index';
import { dossier, seedPeriod } from '../_dossier';

describe('several units and fields', () => {
  const m = computeMetrics(
    [
      dossier({ code: 'A', unit: 'UBND phường Hải An' }),
      dossier({ code: 'B', unit: 'UBND phường Hải An', fieldName: 'Chứng thực', status: 'returned', returnedAt: '2026-01-05T09:00:00' }),
      dossier({ code: 'C', unit: 'Hệ thống Bộ Tư pháp' }),
    ],
    { period: seedPeriod },
  );

  it('gives one entry per unit, each with its own fields', () => {
    expect(m.byUnit.map((u) => [u.unit, u.received.total, u.resolved.total])).toEqual([
      ['Hệ thống Bộ Tư pháp', 1, 0],
      ['UBND phường Hải An', 2, 1],
    ]);
    expect(m.byUnit[1]!.byField.map((f) => f.field)).toEqual(['Chứng thực', 'Hộ tịch']);
  });

  it('sums the fields to the whole', () => {
    expect(m.byField.reduce((s, f) => s + f.received.total, 0)).toBe(m.received.total);
    expect(m.byProcedure.reduce((s, p) => s + p.received.total, 0)).toBe(m.received.total);
  });

  it('refuses a period that ends before it starts, naming both dates', () => {
    expect(() => computeMetrics([], { period: { from: '2025-12-25', to: '2025-01-07' } })).toThrow(InputError);
    expect(() => computeMetrics([], { period: { from: '2025-12-25', to: '2025-01-07' } })).toThrow(/07\/01\/2025.*25\/12\/2025|25\/12\/2025.*07\/01\/2025/s);
  });
});
