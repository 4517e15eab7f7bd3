import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDateTime } from '../../src/time/index';

describe('formatLocalDateTime', () => {
  it('writes YYYY-MM-DDTHH:mm:ss with two-digit fields', () => {
    expect(formatLocalDateTime(0)).toBe('1970-01-01T00:00:00');
    expect(formatLocalDateTime(Date.UTC(2026, 0, 5, 8, 3, 9))).toBe('2026-01-05T08:03:09');
    expect(formatLocalDateTime(Date.UTC(2024, 1, 29, 23, 59, 59))).toBe('2024-02-29T23:59:59');
  });

  it('drops a fraction of a second and pads a year below 1000', () => {
    expect(formatLocalDateTime(Date.UTC(2026, 0, 5, 8, 3, 9) + 999)).toBe('2026-01-05T08:03:09');
    expect(formatLocalDateTime(Date.UTC(100, 0, 1, 1, 2, 3))).toBe('0100-01-01T01:02:03');
  });

  it('writes what Date#toISOString writes, for any millisecond of 0100–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(100, 0, 1), max: Date.UTC(10_000, 0, 1) - 1 }), (ms) => {
        expect(formatLocalDateTime(ms)).toBe(new Date(ms).toISOString().slice(0, 19));
      }),
    );
  });

  it('throws a RangeError on NaN and infinities', () => {
    expect(() => formatLocalDateTime(Number.NaN)).toThrow(RangeError);
    expect(() => formatLocalDateTime(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
