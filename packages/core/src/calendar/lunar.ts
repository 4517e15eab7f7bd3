/** A date of the Vietnamese lunar calendar (âm lịch), computed in UTC+7. */
export interface LunarDate {
  /** Day of the lunar month, 1–30. */
  day: number;
  /** Lunar month, 1–12 (a leap month carries the number of the month it repeats). */
  month: number;
  /** Lunar year (the year in which its month 1 begins). */
  year: number;
  /** True for a leap month (tháng nhuận). */
  leap: boolean;
}

export function solarToLunar(date: string): LunarDate {
  void date;
  throw new Error('not implemented');
}

export function lunarToSolar(lunar: LunarDate): string {
  void lunar;
  throw new Error('not implemented');
}
