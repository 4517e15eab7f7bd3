import { defineErrors } from './errorWording';

const lunarDate = { vi: 'Ngày âm lịch không tồn tại: {day}/{month}/{year}', en: 'No such lunar date: {day}/{month}/{year}' } as const;
const leapLunarDate = { vi: 'Ngày âm lịch không tồn tại: {day}/{month} nhuận/{year}', en: 'No such lunar date: {day}/{month} (leap)/{year}' } as const;
const daysOffAt = { vi: '{file}, dòng {line}, cột {column} ({field}):', en: '{file}, line {line}, column {column} ({field}):' } as const;

/** The core's input errors (`InputError`): periods, dates, the calendar, the days-off file. */
export const coreInputErrors = defineErrors('input', {
  // periods
  invalid_period_from: {
    vi: "Kỳ báo cáo không hợp lệ: ngày bắt đầu '{value}' không phải ngày có thật dạng YYYY-MM-DD.",
    en: "Invalid report period: 'from' ('{value}') is not a real date as YYYY-MM-DD.",
  },
  invalid_period_to: {
    vi: "Kỳ báo cáo không hợp lệ: ngày kết thúc '{value}' không phải ngày có thật dạng YYYY-MM-DD.",
    en: "Invalid report period: 'to' ('{value}') is not a real date as YYYY-MM-DD.",
  },
  period_end_before_start: {
    vi: 'Kỳ báo cáo không hợp lệ: ngày kết thúc {toDate} trước ngày bắt đầu {fromDate}.',
    en: "Invalid report period: 'to' ({to}) is before 'from' ({from}).",
  },
  invalid_date: { vi: "Ngày không hợp lệ: '{value}' (cần YYYY-MM-DD).", en: "Invalid date: '{value}' (expected YYYY-MM-DD)." },
  // the working-day calendar
  empty_working_hours: {
    vi: 'Giờ làm việc trống: cần ít nhất một buổi.',
    en: 'Working hours are empty: expected at least one session.',
  },
  invalid_working_session: {
    vi: "Buổi làm việc thứ {index} không hợp lệ: '{start}'–'{end}' (cần HH:mm, giờ bắt đầu trước giờ kết thúc, các buổi theo thứ tự không chồng nhau).",
    en: "Working session {index} is invalid: '{start}'–'{end}' (expected HH:mm, start before end, sessions in order without overlap).",
  },
  invalid_same_day_cutoff: {
    vi: "Giờ chốt trong ngày không hợp lệ: '{value}' (cần HH:mm).",
    en: "Invalid same-day cut-off: '{value}' (expected HH:mm).",
  },
  no_working_day: {
    vi: 'Không có ngày làm việc nào trong {days} ngày từ {date}: kiểm tra lịch nghỉ.',
    en: 'No working day within {days} days of {date}: check the days off.',
  },
  // the lunar calendar
  lunar_date_out_of_range: {
    vi: `${lunarDate.vi} (cần ngày 1–30, tháng 1–12).`,
    en: `${lunarDate.en} (expected day 1–30, month 1–12).`,
  },
  leap_lunar_date_out_of_range: {
    vi: `${leapLunarDate.vi} (cần ngày 1–30, tháng 1–12).`,
    en: `${leapLunarDate.en} (expected day 1–30, month 1–12).`,
  },
  lunar_wrong_leap_month: {
    vi: `${leapLunarDate.vi} (năm này nhuận tháng {leapMonth}).`,
    en: `${leapLunarDate.en} (the leap month of that year is {leapMonth}).`,
  },
  lunar_no_leap_month: {
    vi: `${leapLunarDate.vi} (năm này không có tháng nhuận).`,
    en: `${leapLunarDate.en} (that year has no leap month).`,
  },
  lunar_day_past_month_end: {
    vi: `${lunarDate.vi} (tháng này có {length} ngày).`,
    en: `${lunarDate.en} (that month has {length} days).`,
  },
  leap_lunar_day_past_month_end: {
    vi: `${leapLunarDate.vi} (tháng này có {length} ngày).`,
    en: `${leapLunarDate.en} (that month has {length} days).`,
  },
  invalid_solar_date: {
    vi: "Ngày dương lịch không hợp lệ: '{value}' (cần dạng YYYY-MM-DD).",
    en: "Invalid solar date: '{value}' (expected a real date as YYYY-MM-DD).",
  },
  // the days-off file (path: file, line, column; params.field: the column's name)
  days_off_unterminated_quote: { vi: `${daysOffAt.vi} dấu ngoặc kép không được đóng.`, en: `${daysOffAt.en} a quote is never closed.` },
  days_off_column_count: {
    vi: `${daysOffAt.vi} có {count} cột, cần 3 hoặc 4: date,kind,name[,source].`,
    en: `${daysOffAt.en} found {count} columns, expected 3 or 4: date,kind,name[,source].`,
  },
  days_off_invalid_date: {
    vi: `${daysOffAt.vi} giá trị '{value}' không phải ngày hợp lệ, cần YYYY-MM-DD.`,
    en: `${daysOffAt.en} '{value}' is not a valid date, expected YYYY-MM-DD.`,
  },
  days_off_invalid_kind: {
    vi: `${daysOffAt.vi} giá trị '{value}' không hợp lệ, cần một trong: {allowed}.`,
    en: `${daysOffAt.en} '{value}' is not valid, expected one of: {allowed}.`,
  },
  days_off_empty_name: { vi: `${daysOffAt.vi} thiếu tên ngày nghỉ.`, en: `${daysOffAt.en} the name is empty.` },
  days_off_duplicate_date: {
    vi: `${daysOffAt.vi} ngày {value} đã có ở dòng {firstLine}, mỗi ngày chỉ một dòng.`,
    en: `${daysOffAt.en} {value} is already listed on line {firstLine}, one line per date.`,
  },
  // a record that is not a canonical dossier (parseDossier): its row issues, worded by formatIssue
  invalid_dossier: { vi: '{issuesVi}', en: '{issuesEn}' },
});
