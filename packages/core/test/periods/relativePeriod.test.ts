import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors';
import { relativePeriod } from '../../src/periods/index';
import { MS_PER_DAY, formatLocalDate, toWall } from '../../src/time/index';

describe('relativePeriod', () => {
  it.each([
    // kind, runDate, cutoff, offset, from, to
    ['week', '2026-01-07', 'calendar', -1, '2025-12-29', '2026-01-04'],
    ['week', '2026-01-07', 'nd09', 0, '2026-01-05', '2026-01-11'],
    ['week', '2026-01-11', 'calendar', 0, '2026-01-05', '2026-01-11'],
    ['month', '2026-01-07', 'calendar', -1, '2025-12-01', '2025-12-31'],
    ['month', '2026-01-31', 'calendar', 1, '2026-02-01', '2026-02-28'],
    ['month', '2026-01-07', 'nd09', -1, '2025-11-15', '2025-12-14'],
    ['month', '2026-01-14', 'nd09', 0, '2025-12-15', '2026-01-14'],
    ['month', '2026-01-16', 'nd09', 0, '2026-01-15', '2026-02-14'],
    ['month', '2026-01-16', 'nd09', -1, '2025-12-15', '2026-01-14'],
    ['quarter', '2026-01-07', 'calendar', -1, '2025-10-01', '2025-12-31'],
    ['quarter', '2026-01-07', 'nd09', -1, '2025-09-15', '2025-12-14'],
    ['quarter', '2025-12-20', 'nd09', 0, '2025-12-15', '2026-03-14'],
    ['half', '2026-07-01', 'calendar', -1, '2026-01-01', '2026-06-30'],
    ['half', '2026-06-15', 'nd09', 0, '2026-06-15', '2026-12-14'],
    ['year', '2026-01-07', 'calendar', -1, '2025-01-01', '2025-12-31'],
    ['year', '2025-12-15', 'nd09', 0, '2025-12-15', '2026-12-14'],
    ['year', '2025-12-15', 'nd09', -1, '2024-12-15', '2025-12-14'],
  ] as const)('%s of %s (%s, offset %i) = %s..%s', (kind, runDate, cutoff, offset, from, to) => {
    expect(relativePeriod(kind, runDate, cutoff, offset)).toEqual({ from, to });
  });

  it('defaults to the previous calendar period', () => {
    expect(relativePeriod('month', '2026-03-01')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  const days = fc.integer({ min: 0, max: 365 * 40 }).map((n) => formatLocalDate(toWall('2000-01-01') + n * MS_PER_DAY));
  const kinds = fc.constantFrom('week', 'month', 'quarter', 'half', 'year' as const);
  const cutoffs = fc.constantFrom('calendar', 'nd09' as const);

  it('offset 0 contains the run date, and offset −1 ends the day before offset 0 starts', () => {
    fc.assert(
      fc.property(kinds, days, cutoffs, (kind, day, cutoff) => {
        const current = relativePeriod(kind, day, cutoff, 0);
        expect(current.from <= day && day <= current.to).toBe(true);
        const previous = relativePeriod(kind, day, cutoff, -1);
        expect(toWall(current.from) - toWall(previous.to)).toBe(MS_PER_DAY);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a malformed run date or offset', () => {
    expect(() => relativePeriod('month', '2026-02-30')).toThrow(UsageError);
    expect(() => relativePeriod('month', '07/01/2026')).toThrow(/Invalid run date: '07\/01\/2026'/);
    expect(() => relativePeriod('month', '2026-01-07', 'calendar', 0.5)).toThrow(UsageError);
  });
});
