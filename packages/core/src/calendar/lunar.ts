import { InputError } from '../errors';
import { formatLocalDate } from '../time/index';
import { NEW_MOON_EPOCH, SYNODIC_MONTH } from './_lib/astronomy';
import { julianDayToWall, wallToJulianDay } from './_lib/julianDay';
import { parseDateOnly } from './_lib/localDate';
import { leapMonthOffset, month11Start, nearestNewMoonIndex, newMoonDay } from './_lib/lunarMonths';

/** A date of the Vietnamese lunar calendar (âm lịch), computed in UTC+7. */
export interface LunarDate {
  /** Day of the lunar month, 1–30. */
  day: number;
  /** Lunar month, 1–12 (a leap month carries the number of the month it repeats). */
  month: number;
  /** Lunar year: the solar year in which its month 1 (Tết) falls. */
  year: number;
  /** True for a leap month (tháng nhuận). */
  leap: boolean;
}

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
  const ms = parseDateOnly(date);
  if (ms === undefined) {
    throw new InputError(
      `Ngày dương lịch không hợp lệ: '${String(date)}' (cần dạng YYYY-MM-DD). / ` +
        `Invalid solar date: '${String(date)}' (expected a real date as YYYY-MM-DD).`,
    );
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
  const invalid = (why: string, whyEn: string) =>
    new InputError(
      `Ngày âm lịch không tồn tại: ${day}/${month}${leap ? ' nhuận' : ''}/${year} (${why}). / ` +
        `No such lunar date: ${day}/${month}${leap ? ' (leap)' : ''}/${year} (${whyEn}).`,
    );
  if (![day, month, year].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) {
    throw invalid('cần ngày 1–30, tháng 1–12', 'expected day 1–30, month 1–12');
  }
  const [a11, b11] = month < 11 ? [month11Start(year - 1), month11Start(year)] : [month11Start(year), month11Start(year + 1)];
  const k = nearestNewMoonIndex(a11);
  let offset = (month - 11 + 12) % 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    const leapMonth = (leapOffset - 2 + 12) % 12 || 12;
    if (leap && month !== leapMonth) throw invalid(`năm này nhuận tháng ${leapMonth}`, `the leap month of that year is ${leapMonth}`);
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    throw invalid('năm này không có tháng nhuận', 'that year has no leap month');
  }
  const monthStart = newMoonDay(k + offset);
  const length = newMoonDay(k + offset + 1) - monthStart;
  if (day > length) throw invalid(`tháng này có ${length} ngày`, `that month has ${length} days`);
  return formatLocalDate(julianDayToWall(monthStart + day - 1));
}
