import { describe, expect, it } from 'vitest';
import { periodsWithin, recentPeriods } from '../../src/index';

describe('recentPeriods', () => {
  it('keeps the last twelve months before a month, oldest first, and nothing of another kind', () => {
    const months = periodsWithin({ from: '2024-06-01', to: '2026-02-28' }, 'month');
    const others = [{ from: '2025-10-01', to: '2025-12-31' }, { from: '2025-11-17', to: '2025-11-23' }, { from: '2025-11-15', to: '2025-12-14' }];
    const chosen = recentPeriods({ from: '2025-12-01', to: '2025-12-31' }, [...others, ...months].reverse());
    expect(chosen.map((p) => p.from)).toEqual(periodsWithin({ from: '2024-12-01', to: '2025-11-30' }, 'month').map((p) => p.from));
  });

  it('for any other span, the spans of as many days', () => {
    const spans = [
      { from: '2025-12-11', to: '2025-12-24' },
      { from: '2025-11-27', to: '2025-12-10' },
      { from: '2025-12-01', to: '2025-12-07' },
    ];
    expect(recentPeriods({ from: '2025-12-25', to: '2026-01-07' }, spans)).toEqual([spans[1], spans[0]]);
  });
});
