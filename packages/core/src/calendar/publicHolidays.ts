import { dayOfWeek, parseLocalDate } from '../time/index';
import type { CalendarDay } from './calendarDay';
import { addDays, ymd } from '../time/_lib/localDate';
import { lunarToSolar } from './lunarToSolar';
import { solarToLunar } from './solarToLunar';

const SOURCE = 'Bộ luật Lao động 2019, Điều 112 (computed / tính theo luật)';

const isWeekend = (date: string) => {
  const dow = dayOfWeek(parseLocalDate(date) ?? 0);
  return dow === 0 || dow === 6;
};

/**
 * The public holidays of Bộ luật Lao động 2019 Điều 112 computed for any year, with the
 * nghỉ bù they give. Use it for years without an official schedule ({@link daysOffForYear}
 * prefers the official one). Rules where the law leaves the choice to the yearly decision:
 * - Tết Nguyên đán (5 days) = the last day of the previous lunar year (29 or 30 Chạp) + mùng 1–4.
 * - Quốc khánh (2 days) = 2/9 + 1/9, except when 2/9 is a Sunday or a Monday: then 2/9 + 3/9
 *   (the extra day stays next to the weekend; this matches the decisions of 2023–2026).
 * - A holiday on a Saturday or Sunday gives a `dayOff` (nghỉ bù) on the next Monday–Friday
 *   that is neither a holiday nor already a nghỉ bù (Điều 112 khoản 3), in date order.
 * - Two holidays on the same date (Giỗ Tổ can fall on 30/4) are one entry with both names and
 *   give one nghỉ bù for the second.
 * Swaps and make-up Saturdays are never computed: they come only from the official notices.
 *
 * @param year - solar year (the lunar calendar is valid over 1900–2100 at least)
 * @returns `holiday` and `dayOff` days of that year, sorted by date
 * @example publicHolidays(2027)[0] // { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch', source: … }
 */
export function publicHolidays(year: number): CalendarDay[] {
  const names = new Map<string, string[]>();
  const add = (date: string, name: string) => names.set(date, [...(names.get(date) ?? []), name]);

  add(ymd(year, 1, 1), 'Tết Dương lịch');
  const tet = lunarToSolar({ day: 1, month: 1, year, leap: false });
  const eve = addDays(tet, -1);
  add(eve, `Tết Nguyên đán – ${solarToLunar(eve).day} tháng Chạp (ngày cuối năm âm lịch)`);
  for (let i = 0; i < 4; i += 1) add(addDays(tet, i), `Tết Nguyên đán – Mùng ${i + 1}`);
  add(lunarToSolar({ day: 10, month: 3, year, leap: false }), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  add(ymd(year, 4, 30), 'Ngày Chiến thắng');
  add(ymd(year, 5, 1), 'Ngày Quốc tế Lao động');
  const nationalDay = ymd(year, 9, 2);
  const nationalDow = dayOfWeek(parseLocalDate(nationalDay) ?? 0);
  add(nationalDay, 'Quốc khánh');
  add(ymd(year, 9, nationalDow === 0 || nationalDow === 1 ? 3 : 1), 'Quốc khánh – ngày liền kề');

  const days: CalendarDay[] = [];
  const taken = new Set(names.keys());
  for (const date of [...names.keys()].sort()) {
    const here = names.get(date) ?? [];
    const name = here.join(' + ');
    days.push({ date, kind: 'holiday', name, source: SOURCE });
    const owed = isWeekend(date) ? here.length : here.length - 1;
    for (let i = 0; i < owed; i += 1) {
      let next = addDays(date, 1);
      while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
      taken.add(next);
      days.push({ date: next, kind: 'dayOff', name: `Nghỉ bù ${name}`, source: SOURCE });
    }
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
