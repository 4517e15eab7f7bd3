import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../src/time/index';

describe('parseLocalDate', () => {
  it('reads a real date as its midnight, leap days included', () => {
    expect(parseLocalDate('2026-01-07')).toBe(Date.UTC(2026, 0, 7));
    expect(parseLocalDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it('refuses dates that do not exist, date-times and what is not a string', () => {
    expect(parseLocalDate('2025-02-29')).toBeUndefined();
    expect(parseLocalDate('2025-06-31')).toBeUndefined();
    expect(parseLocalDate('2024-02-29T08:00')).toBeUndefined();
    expect(parseLocalDate('07/01/2026')).toBeUndefined();
    expect(parseLocalDate(undefined as unknown as string)).toBeUndefined();
    expect(parseLocalDate(20260107 as unknown as string)).toBeUndefined();
  });
});
