import { describe, expect, it } from 'vitest';
import { computeServiceIndex, defaultGradeBands, gradeOf } from '../../src/index';
import { calendarPeriodKind } from '../../src/serviceIndex/standardPeriod';

// docs/qd766-index.md §"Periods" and §7 — calendar periods; grading bands as data.
describe('periods of the index', () => {
  it('recognises calendar months, quarters and years', () => {
    expect(calendarPeriodKind({ from: '2026-02-01', to: '2026-02-28' })).toBe('month');
    expect(calendarPeriodKind({ from: '2025-10-01', to: '2025-12-31' })).toBe('quarter');
    expect(calendarPeriodKind({ from: '2025-01-01', to: '2025-12-31' })).toBe('year');
    expect(calendarPeriodKind({ from: '2025-12-15', to: '2026-01-14' })).toBeNull();
    expect(calendarPeriodKind({ from: '2026-02-01', to: '2026-02-27' })).toBeNull();
  });

  it('computes a non-standard period but warns that it is an estimate', () => {
    const index = computeServiceIndex([], { period: { from: '2025-12-25', to: '2026-01-07' } });
    expect(index.periodKind).toBeNull();
    expect(index.warnings.map((w) => w.code)).toEqual(['non_standard_period']);
    expect(computeServiceIndex([], { period: { from: '2026-01-01', to: '2026-01-31' } }).warnings).toEqual([]);
  });
});

describe('grading bands', () => {
  it('applies the reconstructed bands at their lower bounds', () => {
    expect([100, 90, 89.99, 80, 70, 69.99, 50, 49.99, 0].map((t) => gradeOf(t))).toEqual([
      'Xuất sắc', 'Xuất sắc', 'Tốt', 'Tốt', 'Khá', 'Trung bình', 'Trung bình', 'Yếu', 'Yếu',
    ]);
    expect(defaultGradeBands).toHaveLength(5);
  });

  it('takes other bands as data, in any order', () => {
    expect(gradeOf(75, [{ min: 0, label: 'Chưa đạt' }, { min: 75, label: 'Đạt' }])).toBe('Đạt');
    expect(gradeOf(10, [{ min: 50, label: 'Đạt' }])).toBeNull();
  });
});
