import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { lunarToSolar, solarToLunar } from '../../src/calendar/index';
import { MS_PER_DAY, formatLocalDate, toWall } from '../../src/time/index';

// Published dates of Tết (mùng 1 tháng Giêng) in Vietnam.
const TET: Record<number, string> = {
  1968: '1968-01-29', // China: 30/01/1968
  1975: '1975-02-11',
  1985: '1985-01-21', // China: 20/02/1985
  1990: '1990-01-27',
  2000: '2000-02-05',
  2001: '2001-01-24',
  2007: '2007-02-17', // China: 18/02/2007
  2008: '2008-02-07',
  2010: '2010-02-14',
  2012: '2012-01-23',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2030: '2030-02-02', // China: 03/02/2030 (new moon about 16:08 UTC on 02/02 = 23:08 in UTC+7, 00:08 on 03/02 in UTC+8)
};

describe('lunar calendar (Vietnam, UTC+7)', () => {
  it.each(Object.entries(TET))('Tết %s falls on %s', (year, date) => {
    expect(lunarToSolar({ day: 1, month: 1, year: Number(year), leap: false })).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
  });

  it.each([
    [2017, 6, '2017-07-23'],
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
  ])('year %i has leap month %i starting %s', (year, month, date) => {
    expect(lunarToSolar({ day: 1, month, year, leap: true })).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month, year, leap: true });
  });

  it('converts known dates both ways (Giỗ Tổ, Tết eves, Trung thu, Vu Lan)', () => {
    const cases: [string, { day: number; month: number; year: number; leap: boolean }][] = [
      ['2023-04-29', { day: 10, month: 3, year: 2023, leap: false }],
      ['2024-04-18', { day: 10, month: 3, year: 2024, leap: false }],
      ['2025-04-07', { day: 10, month: 3, year: 2025, leap: false }],
      ['2026-04-26', { day: 10, month: 3, year: 2026, leap: false }],
      ['2023-01-21', { day: 30, month: 12, year: 2022, leap: false }],
      ['2024-02-09', { day: 30, month: 12, year: 2023, leap: false }],
      ['2025-01-28', { day: 29, month: 12, year: 2024, leap: false }],
      ['2026-02-16', { day: 29, month: 12, year: 2025, leap: false }],
      ['2024-09-17', { day: 15, month: 8, year: 2024, leap: false }],
      ['2025-10-06', { day: 15, month: 8, year: 2025, leap: false }],
      ['2025-09-06', { day: 15, month: 7, year: 2025, leap: false }], // the month after leap 6 is month 7
      ['2023-04-20', { day: 1, month: 3, year: 2023, leap: false }], // the month after leap 2 is month 3
    ];
    for (const [solar, lunar] of cases) {
      expect(solarToLunar(solar)).toEqual(lunar);
      expect(lunarToSolar(lunar)).toBe(solar);
    }
  });

  it('computes Giỗ Tổ 2027 as 16/04/2027 (new moon 06/04/2027 23:52 UTC = 07/04 in UTC+7)', () => {
    expect(lunarToSolar({ day: 10, month: 3, year: 2027, leap: false })).toBe('2027-04-16');
  });

  it('refuses lunar dates that do not exist', () => {
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toThrow(InputError);
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2023, leap: true })).toThrow(/leap month of that year is 2/);
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2024, leap: true })).toThrow(/no leap month/);
    expect(() => lunarToSolar({ day: 30, month: 12, year: 2024, leap: false })).toThrow(/29 days/);
    expect(() => lunarToSolar({ day: 0, month: 1, year: 2024, leap: false })).toThrow(InputError);
    expect(() => lunarToSolar({ day: 1, month: 13, year: 2024, leap: false })).toThrow(InputError);
  });

  it('refuses malformed solar dates, naming the value', () => {
    expect(() => solarToLunar('2026-02-30')).toThrow(/'2026-02-30'/);
    expect(() => solarToLunar('17/02/2026')).toThrow(InputError);
  });

  const first = toWall('1900-01-01');
  const last = toWall('2100-12-31');
  const anyDay = fc.integer({ min: 0, max: (last - first) / MS_PER_DAY }).map((n) => formatLocalDate(first + n * MS_PER_DAY));

  it('round-trips every solar date of 1900–2100', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const lunar = solarToLunar(date);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
        expect(lunarToSolar(lunar)).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('advances one lunar day per solar day (or starts a new month at day 1)', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const today = solarToLunar(date);
        const tomorrow = solarToLunar(formatLocalDate(toWall(date) + MS_PER_DAY));
        if (tomorrow.day === 1) expect(today.day === 29 || today.day === 30).toBe(true);
        else expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
      }),
      { numRuns: 1000 },
    );
  });
});
