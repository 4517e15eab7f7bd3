// Julian day numbers of Gregorian dates (proleptic, valid for every date this library handles).
// A Julian day number (JDN) counts whole days; JDN 2440588 is 1970-01-01.

const JDN_UNIX_EPOCH = 2_440_588;

/** Julian day number of a Gregorian calendar date. */
export function julianDayNumber(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32_045
  );
}

/** Wall milliseconds of midnight of a Julian day number (see src/time). */
export function julianDayToWall(jdn: number): number {
  return (jdn - JDN_UNIX_EPOCH) * 86_400_000;
}

/** Julian day number of the wall day containing `ms`. */
export function wallToJulianDay(ms: number): number {
  return Math.floor(ms / 86_400_000) + JDN_UNIX_EPOCH;
}
