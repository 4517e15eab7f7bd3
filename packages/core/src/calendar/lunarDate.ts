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
