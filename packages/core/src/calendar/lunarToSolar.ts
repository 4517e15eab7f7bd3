import { InputError, coreInputErrors } from '../errors/index';
import { formatLocalDate } from '../time/index';
import { julianDayToWall } from './_lib/julianDay';
import { leapMonthOffset, month11Start, nearestNewMoonIndex, newMoonDay } from './_lib/lunarMonths';
import type { LunarDate } from './lunarDate';

/**
 * Converts a Vietnamese lunar date (UTC+7) to the solar (Gregorian) date.
 *
 * @param lunar - the lunar date; `leap: true` only for the leap month of that year
 * @returns solar date `YYYY-MM-DD`
 * @throws InputError when the lunar date does not exist (no such leap month, day 30 of a 29-day month…)
 * @example lunarToSolar({ day: 10, month: 3, year: 2026, leap: false }) // '2026-04-26'
 */
export function lunarToSolar(lunar: LunarDate): string {
  const { day, month, year, leap } = lunar;
  const params = { day, month, year };
  if (![day, month, year].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new InputError(leap ? coreInputErrors.leap_lunar_date_out_of_range : coreInputErrors.lunar_date_out_of_range, { params });
  }
  const [a11, b11] = month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)];
  const k = nearestNewMoonIndex(a11);
  let offset = (month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    const leapMonth = (leapOffset - 2 + 12) % 12 || 12;
    if (leap && month !== leapMonth) throw new InputError(coreInputErrors.lunar_wrong_leap_month, { params: { ...params, leapMonth } });
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw new InputError(coreInputErrors.lunar_no_leap_month, { params });
  }
  const monthStart = newMoonDay(k + offset);
  const length = newMoonDay(k + offset + 1) - monthStart;
  if (day > length) {
    throw new InputError(leap ? coreInputErrors.leap_lunar_day_past_month_end : coreInputErrors.lunar_day_past_month_end, { params: { ...params, length } });
  }
  return formatLocalDate(julianDayToWall(monthStart + day - 1));
}
