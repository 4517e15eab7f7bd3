import { describe, expect, it } from 'vitest';
import { UNKNOWN_UNIT, computeMetrics, computeMetricsByUnit } from '../../src/index';
import { dossier, seedPeriod } from '../_dossier';

const accounting = {
  rows: { read: 5, accepted: 3, rejected: 1, skipped: 1 },
  rejected: [{ code: 'invalid_date' as const, path: { file: 'x.csv', row: 4 }, field: 'receivedAt', input: '31/02/2026' }],
};

describe('computeMetricsByUnit', () => {
  const a1 = dossier({ code: 'A1', unit: 'Phường B' });
  const b1 = dossier({ code: 'B1', unit: 'Phường A', status: 'returned', returnedAt: '2026-01-05T09:00:00' });
  const a2 = dossier({ code: 'A2', unit: 'Phường B' });

  it('gives each unit its own figures, in the order of its first dossier', () => {
    const out = computeMetricsByUnit([a1, b1, a2], { period: seedPeriod });
    expect(out.map((u) => [u.unit, u.metrics.received.total, u.metrics.resolved.total])).toEqual([
      ['Phường B', 2, 0],
      ['Phường A', 1, 1],
    ]);
    expect(out[0]!.metrics).toEqual(computeMetrics([a1, a2], { period: seedPeriod }));
  });

  it('keeps the inputs\' accounting with a single unit only (it belongs to the inputs, not to one ward)', () => {
    const one = computeMetricsByUnit([a1, a2], { period: seedPeriod, ...accounting });
    expect(one.map((u) => u.unit)).toEqual(['Phường B']);
    expect(one[0]!.metrics.rows).toEqual(accounting.rows);
    expect(one[0]!.metrics.rejectedRows).toHaveLength(1);
    const two = computeMetricsByUnit([a1, b1], { period: seedPeriod, ...accounting });
    expect(two.map((u) => u.metrics.rows)).toEqual([
      { read: 1, accepted: 1, rejected: 0, skipped: 0 },
      { read: 1, accepted: 1, rejected: 0, skipped: 0 },
    ]);
  });

  it('names the dossiers without a unit: null alone, "Chưa xác định đơn vị" beside other units', () => {
    const { unit: _, ...noUnit } = dossier({ code: 'N1' });
    expect(computeMetricsByUnit([noUnit], { period: seedPeriod }).map((u) => u.unit)).toEqual([null]);
    expect(computeMetricsByUnit([noUnit, a1], { period: seedPeriod }).map((u) => u.unit)).toEqual([UNKNOWN_UNIT, 'Phường B']);
  });

  it('gives one entry with zero figures for no dossiers', () => {
    const out = computeMetricsByUnit([], { period: seedPeriod });
    expect(out).toHaveLength(1);
    expect(out[0]!.unit).toBeNull();
    expect(out[0]!.metrics.received.total).toBe(0);
  });
});
