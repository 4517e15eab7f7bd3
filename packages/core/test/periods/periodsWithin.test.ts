import { describe, expect, it } from 'vitest';
import { periodsWithin } from '../../src/index';

describe('periodsWithin', () => {
  it('a quarter of months, a year of quarters', () => {
    expect(periodsWithin({ from: '2025-10-01', to: '2025-12-31' }, 'month')).toEqual([
      { from: '2025-10-01', to: '2025-10-31' },
      { from: '2025-11-01', to: '2025-11-30' },
      { from: '2025-12-01', to: '2025-12-31' },
    ]);
    expect(periodsWithin({ from: '2025-01-01', to: '2025-12-31' }, 'quarter').map((p) => p.to)).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    expect(periodsWithin({ from: '2025-01-01', to: '2025-12-31' }, 'month')).toHaveLength(12);
  });

  it('cuts the first and last period to the span', () => {
    expect(periodsWithin({ from: '2025-11-15', to: '2026-01-10' }, 'month')).toEqual([
      { from: '2025-11-15', to: '2025-11-30' },
      { from: '2025-12-01', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-10' },
    ]);
  });

  it('ND 09 months run from the 15th to the 14th', () => {
    expect(periodsWithin({ from: '2025-11-15', to: '2026-01-14' }, 'month', 'nd09')).toEqual([
      { from: '2025-11-15', to: '2025-12-14' },
      { from: '2025-12-15', to: '2026-01-14' },
    ]);
  });
});
