import { InputError } from '@tthc/core';
import { describe, expect, it } from 'vitest';
import { formatCount, formatDateLine, formatLongDate, formatPercent, formatShortDate } from '../src/index';

describe('Vietnamese number and date formatting', () => {
  it('pads counts below ten with a zero as the seed does, and leaves zero alone', () => {
    expect(formatCount(7)).toBe('07');
    expect(formatCount(1)).toBe('01');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(10)).toBe('10');
    expect(formatCount(325)).toBe('325');
    expect(formatCount(1234)).toBe('1.234');
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(() => formatCount(-1)).toThrow(RangeError);
    expect(() => formatCount(1.5)).toThrow(RangeError);
  });

  it('writes percentages with two decimals and a decimal comma', () => {
    expect(formatPercent(3.24)).toBe('3,24%');
    expect(formatPercent(2.48)).toBe('2,48%');
    expect(formatPercent(100)).toBe('100,00%');
    expect(formatPercent(0)).toBe('0,00%');
  });

  it('writes long dates with a leading zero for days below 10 and for months 1 and 2 only', () => {
    expect(formatLongDate('2025-09-08')).toBe('ngày 08 tháng 9 năm 2025');
    expect(formatLongDate('2026-01-08')).toBe('ngày 08 tháng 01 năm 2026');
    expect(formatLongDate('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(formatLongDate('2025-12-25')).toBe('ngày 25 tháng 12 năm 2025');
    expect(formatLongDate('2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
    expect(() => formatLongDate('8/9/2025')).toThrow(InputError);
    expect(() => formatLongDate('2025-02-29')).toThrow(InputError);
  });

  it('writes short dates as dd/mm/yyyy', () => {
    expect(formatShortDate('2026-01-07')).toBe('07/01/2026');
  });

  it('builds the place-and-date line, keeping blanks on an undated draft', () => {
    expect(formatDateLine('Hải An', '2026-01-08', '2026')).toBe('Hải An, ngày 08 tháng 01 năm 2026');
    expect(formatDateLine('Hải An', null, '2026')).toBe('Hải An, ngày … tháng … năm 2026');
  });
});
