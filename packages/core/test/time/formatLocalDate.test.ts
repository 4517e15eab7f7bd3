import { describe, expect, it } from 'vitest';
import { formatLocalDate } from '../../src/time/index';

describe('formatLocalDate', () => {
  it('writes the date of the wall time, YYYY-MM-DD', () => {
    expect(formatLocalDate(0)).toBe('1970-01-01');
    expect(formatLocalDate(Date.UTC(2024, 1, 29, 23, 59, 59))).toBe('2024-02-29');
    expect(formatLocalDate(Date.UTC(2025, 2, 1))).toBe('2025-03-01');
    expect(formatLocalDate(Date.UTC(1969, 11, 31, 12))).toBe('1969-12-31');
    expect(formatLocalDate(Date.UTC(100, 0, 1))).toBe('0100-01-01');
  });

  it('throws a RangeError on NaN', () => {
    expect(() => formatLocalDate(Number.NaN)).toThrow(RangeError);
  });
});
