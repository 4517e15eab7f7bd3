import { describe, expect, it } from 'vitest';
import { wallTime } from '../../src/time/index';

/** Days of a month as `Date` counts them (day 0 of the next month). */
const monthLength = (y: number, mo: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();

describe('wallTime', () => {
  it('gives the milliseconds of Date.UTC for every real date of 1600–2400', () => {
    for (let y = 1600; y <= 2400; y++) {
      for (let mo = 1; mo <= 12; mo++) {
        const last = monthLength(y, mo);
        for (let d = 1; d <= last; d++) if (wallTime(y, mo, d) !== Date.UTC(y, mo - 1, d)) expect.fail(`${y}-${mo}-${d}`);
        expect(wallTime(y, mo, last + 1), `${y}-${mo}-${last + 1}`).toBeUndefined();
      }
    }
  });

  it('knows the leap days: 29/02 of 2024, 2000 and 1600, not of 2026, 1900 or 2100', () => {
    expect(wallTime(2024, 2, 29)).toBe(Date.UTC(2024, 1, 29));
    expect(wallTime(2000, 2, 29)).toBe(Date.UTC(2000, 1, 29));
    expect(wallTime(1600, 2, 29)).toBe(Date.UTC(1600, 1, 29));
    expect(wallTime(2026, 2, 29)).toBeUndefined();
    expect(wallTime(1900, 2, 29)).toBeUndefined();
    expect(wallTime(2100, 2, 29)).toBeUndefined();
  });

  it('adds the time of day', () => {
    expect(wallTime(2025, 12, 25, 8, 30)).toBe(Date.UTC(2025, 11, 25, 8, 30));
    expect(wallTime(2025, 12, 31, 23, 59, 59)).toBe(Date.UTC(2025, 11, 31, 23, 59, 59));
  });

  it('refuses fields out of range instead of rolling over', () => {
    for (const fields of [
      [2025, 4, 31],
      [2025, 13, 1],
      [2025, 0, 1],
      [2025, 1, 0],
      [2025, 1, 1, 24],
      [2025, 1, 1, 23, 60],
      [2025, 1, 1, 23, 59, 60],
      [2025, 1, 1, -1],
      [99, 12, 31],
      [10_000, 1, 1],
    ]) {
      expect(wallTime(...(fields as [number, number, number])), fields.join(',')).toBeUndefined();
    }
  });

  it('refuses fractions and NaN', () => {
    expect(wallTime(2025, 1.5, 1)).toBeUndefined();
    expect(wallTime(2025, 1, 1, 8, 0.5)).toBeUndefined();
    expect(wallTime(Number.NaN, 1, 1)).toBeUndefined();
    expect(wallTime(2025, 1, Number.NaN)).toBeUndefined();
    expect(wallTime(2025, 1, 1, Number.NaN)).toBeUndefined();
  });

  it('reads the years 100–9999', () => {
    expect(wallTime(100, 1, 1)).toBe(Date.UTC(100, 0, 1)); // Date.UTC reads only 0–99 as 1900–1999
    expect(wallTime(9999, 12, 31, 23, 59, 59)).toBe(new Date('9999-12-31T23:59:59Z').getTime());
  });
});
