import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, parseLocalDateTime } from '../../src/time/index';

describe('parseLocalDateTime', () => {
  it('reads a date, a date-time with minutes and one with seconds', () => {
    expect(parseLocalDateTime('2025-12-25')).toBe(Date.UTC(2025, 11, 25));
    expect(parseLocalDateTime('2025-12-25T08:30')).toBe(Date.UTC(2025, 11, 25, 8, 30));
    expect(parseLocalDateTime('2025-12-25T08:30:15')).toBe(Date.UTC(2025, 11, 25, 8, 30, 15));
    expect(parseLocalDateTime('1970-01-02T00:00')).toBe(86_400_000);
  });

  it('reads leap days and refuses 29/02 of a common year', () => {
    expect(parseLocalDateTime('2024-02-29T23:59:59')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(parseLocalDateTime('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseLocalDateTime('2026-02-29')).toBeUndefined();
    expect(parseLocalDateTime('1900-02-29')).toBeUndefined();
  });

  it.each([
    '2026-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-12-00',
    '2025-12-25T24:00',
    '2025-12-25T08:60',
    '2025-12-25T08:30:60',
    '0099-12-31',
    '2025-12-25 08:30',
    '2025-12-25T08:30Z',
    '2025-12-25T08:30:00+07:00',
    '2025-12-25T8:30',
    '2025-1-25',
    '25/12/2025',
    ' 2025-12-25',
    '２０２５-12-25',
    '',
  ])('refuses %j', (text) => {
    expect(parseLocalDateTime(text)).toBeUndefined();
  });

  it('reads back what formatLocalDateTime writes, for any whole second of 0100–9999', () => {
    const min = Date.UTC(100, 0, 1) / 1000;
    const max = Date.UTC(10_000, 0, 1) / 1000 - 1;
    fc.assert(
      fc.property(fc.integer({ min, max }), (s) => {
        expect(parseLocalDateTime(formatLocalDateTime(s * 1000))).toBe(s * 1000);
      }),
    );
  });
});
