// Astronomy behind the Vietnamese lunar calendar (Hồ Ngọc Đức's method, built on the
// low-precision formulas of Jean Meeus, "Astronomical Algorithms", ch. 47 and 25):
// the instant of the k-th new moon since 1900 and the apparent longitude of the sun.
// Good to a few minutes over 1800–2200, which is what deciding a calendar day needs.

const RAD = Math.PI / 180;
/** Mean length of a synodic month in days. */
export const SYNODIC_MONTH = 29.530588853;
/** Julian date of the new moon of 1900-01-01 13:52 UT, the origin of the index k. */
export const NEW_MOON_EPOCH = 2_415_021.076998695;

/**
 * Julian date (UT, fractional) of the k-th new moon after the one of January 1900.
 * Meeus's series for the mean new moon, its periodic corrections and ΔT.
 */
export function newMoonJulianDate(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900
  const t2 = t * t;
  const t3 = t2 * t;
  const mean = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
  const correction =
    (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitudeArg) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitudeArg + sunAnomaly) -
    0.0004 * Math.sin(2 * latitudeArg - sunAnomaly) -
    0.0006 * Math.sin(2 * latitudeArg + moonAnomaly) +
    0.001 * Math.sin(2 * latitudeArg - moonAnomaly) +
    0.0005 * Math.sin(sunAnomaly + 2 * moonAnomaly);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + correction - deltaT;
}

/** Apparent longitude of the sun, radians in [0, 2π), at a Julian date (UT). */
export function sunLongitude(julianDate: number): number {
  const t = (julianDate - 2_451_545.0) / 36_525; // Julian centuries since J2000.0
  const t2 = t * t;
  const meanAnomaly = (357.5291 + 35_999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const meanLongitude = 280.46645 + 36_000.76983 * t + 0.0003032 * t2;
  const center =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.00029 * Math.sin(3 * meanAnomaly);
  const longitude = (meanLongitude + center) * RAD;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}
