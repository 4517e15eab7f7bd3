import { describe, expect, it } from 'vitest';
import { raised } from './_raised';
import { findDueAlerts } from '../../src/alerts/index';
import { createWorkCalendar, lunarToSolar, parseDaysOffCsv, solarToLunar } from '../../src/calendar/index';
import { parsePeriod, periodFromPreset, relativePeriod } from '../../src/periods/index';
import { coreInputErrors, coreUsageErrors, formatError } from '../../src/errors/index';
import { formatLocalDate, formatViDate, toWall } from '../../src/time/index';
import { parseDossier } from '../../src/validate/index';

// Every code of the core's catalogs, raised through the public function that throws it.
const tenYearsOff = Array.from({ length: 3662 }, (_, i) => ({
  date: formatLocalDate(toWall('2030-01-01T00:00') + i * 86_400_000),
  kind: 'dayOff' as const,
  name: 'x',
}));

const sites: Record<string, () => unknown> = {
  invalid_period_from: () => parsePeriod({ from: '2026-02-30', to: '2026-03-01' }),
  invalid_period_to: () => parsePeriod({ from: '2026-01-01', to: '07/01/2026' }),
  period_end_before_start: () => parsePeriod({ from: '2025-12-25', to: '2025-01-07' }),
  invalid_date: () => formatViDate('2026-13-01'),
  empty_working_hours: () => createWorkCalendar({ workingHours: [] }),
  invalid_working_session: () => createWorkCalendar({ workingHours: [{ start: '13:30', end: '11:30' }] }),
  invalid_same_day_cutoff: () => createWorkCalendar({ sameDayCutoff: '25:00' }),
  no_working_day: () => createWorkCalendar({ extraDays: tenYearsOff }).addWorkingDays(toWall('2030-01-01T08:00'), 1),
  lunar_date_out_of_range: () => lunarToSolar({ day: 0, month: 1, year: 2024, leap: false }),
  leap_lunar_date_out_of_range: () => lunarToSolar({ day: 1, month: 13, year: 2023, leap: true }),
  lunar_wrong_leap_month: () => lunarToSolar({ day: 1, month: 3, year: 2023, leap: true }),
  lunar_no_leap_month: () => lunarToSolar({ day: 1, month: 1, year: 2024, leap: true }),
  lunar_day_past_month_end: () => lunarToSolar({ day: 30, month: 12, year: 2024, leap: false }),
  leap_lunar_day_past_month_end: () => lunarToSolar({ day: 30, month: 2, year: 2023, leap: true }),
  invalid_solar_date: () => solarToLunar('2026-02-30'),
  days_off_unterminated_quote: () => parseDaysOffCsv('2027-02-05,holiday,"Tết'),
  days_off_column_count: () => parseDaysOffCsv('2027-02-05,holiday'),
  days_off_invalid_date: () => parseDaysOffCsv('2027-02-30,holiday,X'),
  days_off_invalid_kind: () => parseDaysOffCsv('2027-02-05,nghi,X'),
  days_off_empty_name: () => parseDaysOffCsv('2027-02-05,holiday, '),
  days_off_duplicate_date: () => parseDaysOffCsv('2027-02-05,holiday,a\n2027-02-05,dayOff,b'),
  invalid_dossier: () => parseDossier({ code: 'A1' }),
  invalid_period_kind: () => periodFromPreset('day' as never, '2026-01-01'),
  invalid_cutoff: () => periodFromPreset('month', '2026-01', 'nd10' as never),
  invalid_period_label: () => periodFromPreset('month', '2026/01'),
  period_label_out_of_range: () => periodFromPreset('quarter', '2025-Q5'),
  invalid_run_date: () => relativePeriod('month', '07/01/2026'),
  invalid_period_offset: () => relativePeriod('month', '2026-01-07', 'calendar', 0.5),
  invalid_run_time: () => findDueAlerts([], { asOf: '2026-01-19 07:00', calendar: createWorkCalendar() }),
  invalid_within_days: () => findDueAlerts([], { asOf: '2026-01-19T07:00', withinDays: -1, calendar: createWorkCalendar() }),
  invalid_working_hours_amount: () => createWorkCalendar().addWorkingHours(toWall('2026-01-05T08:00'), Number.NaN),
  invalid_working_days_amount: () => createWorkCalendar().addWorkingDays(toWall('2026-01-05T08:00'), -1),
};

describe('the core catalogs', () => {
  it('are raised, each code at least once, by the functions above', () => {
    expect(Object.keys(sites).sort()).toEqual([...Object.keys(coreInputErrors), ...Object.keys(coreUsageErrors)].sort());
  });

  for (const [code, site] of Object.entries(sites)) {
    it(`${code}: fills every placeholder in both languages; message = vi / en`, () => {
      const error = raised(site);
      expect(error.code).toBe(code);
      for (const lang of ['vi', 'en'] as const) {
        const text = formatError(error, lang);
        expect(text).not.toMatch(/\{[A-Za-z]\w*\}|undefined/);
        expect(text.length).toBeGreaterThan(10);
      }
      expect(formatError(error, 'vi')).not.toBe(formatError(error, 'en'));
      expect(error.message).toBe(`${formatError(error, 'vi')} / ${formatError(error, 'en', { file: false })}`);
    });
  }
});
