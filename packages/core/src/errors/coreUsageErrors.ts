import { defineErrors } from './errorWording';

/** The core's usage errors (`UsageError`): a kind, cut-off, label, run date or amount a caller got wrong. */
export const coreUsageErrors = defineErrors('usage', {
  invalid_period_kind: {
    vi: "Loại kỳ không hợp lệ: '{value}' (cần một trong: {allowed}).",
    en: "Invalid period kind: '{value}' (expected one of: {allowed}).",
  },
  invalid_cutoff: {
    vi: "Cách chốt kỳ không hợp lệ: '{value}' (cần calendar hoặc nd09).",
    en: "Invalid cut-off: '{value}' (expected calendar or nd09).",
  },
  invalid_period_label: {
    vi: "Nhãn kỳ '{label}' không hợp lệ cho loại {kind}: cần dạng {format}, ví dụ {example}.",
    en: "Invalid {kind} label '{label}': expected {format}, e.g. {example}.",
  },
  period_label_out_of_range: {
    vi: "Nhãn kỳ '{label}' không hợp lệ cho loại {kind}: cần dạng {format}, ví dụ {example} (số thứ tự từ 1 đến {count}).",
    en: "Invalid {kind} label '{label}': expected {format}, e.g. {example} (number 1 to {count}).",
  },
  invalid_run_date: {
    vi: "Ngày chạy không hợp lệ: '{value}' (cần một ngày có thật dạng YYYY-MM-DD).",
    en: "Invalid run date: '{value}' (expected a real date as YYYY-MM-DD).",
  },
  invalid_period_offset: {
    vi: 'Độ lệch kỳ phải là số nguyên: {value}.',
    en: 'The period offset must be a whole number: {value}.',
  },
  invalid_run_time: {
    vi: "Thời điểm chạy không hợp lệ: '{value}' (cần YYYY-MM-DDTHH:mm).",
    en: "Invalid run time: '{value}' (expected YYYY-MM-DDTHH:mm).",
  },
  invalid_within_days: {
    vi: 'Số ngày làm việc phải là số nguyên ≥ 0: {value}.',
    en: 'The working days must be a whole number ≥ 0: {value}.',
  },
  invalid_working_hours_amount: {
    vi: 'Số giờ làm việc không hợp lệ: {value} (cần một số ≥ 0).',
    en: 'Invalid number of working hours: {value} (expected a number ≥ 0).',
  },
  invalid_working_days_amount: {
    vi: 'Số ngày làm việc không hợp lệ: {value} (cần một số ≥ 0).',
    en: 'Invalid number of working days: {value} (expected a number ≥ 0).',
  },
});
