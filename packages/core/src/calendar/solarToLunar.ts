import { InputError, coreInputErrors } from '../errors/index';
import { NEW_MOON_EPOCH, SYNODIC_MONTH } from './_lib/astronomy';
import { wallToJulianDay } from './_lib/julianDay';
import { parseLocalDate } from '../time/index';
import { leapMonthOffset, month11Start, newMoonDay } from './_lib/lunarMonths';
import type { LunarDate } from './lunarDate';

/**
 * Converts a solar (Gregorian) date to the Vietnamese lunar calendar, computed astronomically
 * in UTC+7 (Hồ Ngọc Đức's method on Meeus's formulas). It differs from the Chinese calendar
 * (UTC+8) in some years, e.g. Tết 1985 is 21/01/1985 in Vietnam, 20/02/1985 in China.
 * Checked against published dates over 1900–2100.
 *
 * @param date - solar date `YYYY-MM-DD`
 * @returns the lunar date
 * @throws InputError when `date` is not a real `YYYY-MM-DD` date
 * @example solarToLunar('2026-02-17') // { day: 1, month: 1, year: 2026, leap: false }
 */
export function solarToLunar(date: string): LunarDate {
  const ms = parseLocalDate(date);
  if (ms === undefined) {
    throw new InputError(coreInputErrors.invalid_solar_date, { params: { value: String(date) } });
  }
  const jdn = wallToJulianDay(ms);
  const solarYear = new Date(ms).getUTCFullYear();

  // The month containing the day starts at the last new moon on or before it.
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= jdn) k += 1;
  while (newMoonDay(k) > jdn) k -= 1;
  const monthStart = newMoonDay(k);

  // The lunar year is framed by the two months 11 around the day.
  let a11 = month11Start(solarYear);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = solarYear;
    a11 = month11Start(solarYear - 1);
  } else {
    lunarYear = solarYear + 1;
    b11 = month11Start(solarYear + 1);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29); // months since month 11
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (diff >= leapOffset) {
      month = diff + 10;
      leap = diff === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) lunarYear -= 1;
  return { day, month, year: lunarYear, leap };
}
