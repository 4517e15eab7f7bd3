import { describe, expect, it } from 'vitest';
import { comparablePeriods } from '../../src/index';

// Checked by hand on a calendar: 01/12/2025 is a Monday; 2024 is a leap year.
describe('comparablePeriods', () => {
  it('a calendar month: the month before, and the same month last year', () => {
    expect(comparablePeriods({ from: '2025-12-01', to: '2025-12-31' })).toEqual({
      kind: 'month',
      cutoff: 'calendar',
      previous: { from: '2025-11-01', to: '2025-11-30' },
      lastYear: { from: '2024-12-01', to: '2024-12-31' },
    });
    expect(comparablePeriods({ from: '2025-03-01', to: '2025-03-31' }).previous).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });

  it('an ND 09 month, a quarter, a half and a year', () => {
    expect(comparablePeriods({ from: '2025-12-15', to: '2026-01-14' })).toMatchObject({
      kind: 'month',
      cutoff: 'nd09',
      previous: { from: '2025-11-15', to: '2025-12-14' },
      lastYear: { from: '2024-12-15', to: '2025-01-14' },
    });
    expect(comparablePeriods({ from: '2025-10-01', to: '2025-12-31' })).toMatchObject({
      kind: 'quarter',
      previous: { from: '2025-07-01', to: '2025-09-30' },
      lastYear: { from: '2024-10-01', to: '2024-12-31' },
    });
    expect(comparablePeriods({ from: '2025-07-01', to: '2025-12-31' })).toMatchObject({ kind: 'half', previous: { from: '2025-01-01', to: '2025-06-30' } });
    expect(comparablePeriods({ from: '2025-01-01', to: '2025-12-31' })).toMatchObject({ kind: 'year', lastYear: { from: '2024-01-01', to: '2024-12-31' } });
  });

  it('an ISO week: the week before, and 52 weeks before (the same weekdays)', () => {
    expect(comparablePeriods({ from: '2025-12-01', to: '2025-12-07' })).toEqual({
      kind: 'week',
      cutoff: 'calendar',
      previous: { from: '2025-11-24', to: '2025-11-30' },
      lastYear: { from: '2024-12-02', to: '2024-12-08' },
    });
  });

  it('any other span: as many days before it, and the same dates last year', () => {
    // The seed's two weeks: 25/12/2025–07/01/2026 is 14 days.
    expect(comparablePeriods({ from: '2025-12-25', to: '2026-01-07' })).toEqual({
      kind: null,
      cutoff: null,
      previous: { from: '2025-12-11', to: '2025-12-24' },
      lastYear: { from: '2024-12-25', to: '2025-01-07' },
    });
    expect(comparablePeriods({ from: '2024-02-10', to: '2024-02-29' }).lastYear).toEqual({ from: '2023-02-10', to: '2023-02-28' });
  });
});
