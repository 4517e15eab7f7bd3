// The month structure of the Vietnamese lunar calendar in a given time zone (UTC+7 for Vietnam):
// a month starts on the local day of a new moon; month 11 is the one containing the winter
// solstice; a year with 13 months between two months 11 repeats the first month that contains
// no major solar term (trung khí), which becomes the leap month.
import { NEW_MOON_EPOCH, SYNODIC_MONTH, newMoonJulianDate, sunLongitude } from './astronomy';
import { julianDayNumber } from './julianDay';

/** Time zone of the Vietnamese calendar, hours east of UTC. */
export const VIETNAM_UTC_OFFSET = 7;

/** Local Julian day number of the day of the k-th new moon. */
export function newMoonDay(k: number, zone = VIETNAM_UTC_OFFSET): number {
  return Math.floor(newMoonJulianDate(k) + 0.5 + zone / 24);
}

/** Sector (0–11, 30° each) of the sun's longitude at the start of a local day. */
export function sunSector(jdn: number, zone = VIETNAM_UTC_OFFSET): number {
  return Math.floor((sunLongitude(jdn - 0.5 - zone / 24) / Math.PI) * 6);
}

/** Index k of the new moon nearest to a local day. */
export function nearestNewMoonIndex(jdn: number): number {
  return Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
}

/** Local Julian day number of the start of month 11 (the winter-solstice month) of a solar year. */
export function month11Start(year: number, zone = VIETNAM_UTC_OFFSET): number {
  const k = Math.floor((julianDayNumber(year, 12, 31) - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const start = newMoonDay(k, zone);
  // A new moon after the sun has passed 270° (the solstice) starts month 12: take the one before.
  return sunSector(start, zone) >= 9 ? newMoonDay(k - 1, zone) : start;
}

/**
 * Position (1–12) after month 11 of the leap month in a 13-month lunar year that starts at
 * month 11 on `month11Jdn`: the first month during which the sun enters no new sector.
 */
export function leapMonthOffset(month11Jdn: number, zone = VIETNAM_UTC_OFFSET): number {
  const k = nearestNewMoonIndex(month11Jdn);
  let i = 1;
  let sector = sunSector(newMoonDay(k + i, zone), zone);
  let previous: number;
  do {
    previous = sector;
    i += 1;
    sector = sunSector(newMoonDay(k + i, zone), zone);
  } while (sector !== previous && i < 14);
  return i - 1;
}
