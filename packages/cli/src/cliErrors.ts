import { defineErrors } from '@tthc/core';

/** The CLI's input errors (`InputError`, exit 1): files it reads or writes, a broken template. */
export const cliInputErrors = defineErrors('input', {
  file_not_found: { vi: '{file}: không tìm thấy tệp', en: 'file not found' },
  unreadable_file: { vi: '{file}: không đọc được tệp', en: 'cannot read the file ({detail})' },
  unwritable_file: { vi: '{file}: không ghi được tệp', en: 'cannot write the file ({detail})' },
  unwritable_folder: { vi: '{file}: không tạo được thư mục', en: 'cannot create the folder ({detail})' },
  /** `{cause}`: the TemplateError or MarkupError, in the same language. */
  template_failed: { vi: 'Mẫu báo cáo lỗi: {cause}', en: 'template error: {cause}' },
  template_failed_in_folder: { vi: 'Mẫu báo cáo lỗi ({file}): {cause}', en: 'template error ({file}): {cause}' },
});

/**
 * The CLI's usage errors (`UsageError`, exit 2); the command's usage line goes in the error's
 * `help` (see `usageHelp`), which the CLI prints after the message.
 */
export const cliUsageErrors = defineErrors('usage', {
  invalid_arguments: { vi: 'Tùy chọn hoặc đối số không hợp lệ', en: '{detail}' },
  missing_option: { vi: 'Thiếu --{option}', en: 'missing --{option}' },
  empty_option: { vi: '--{option} trống', en: '--{option} is empty' },
  no_file_given: { vi: 'Thiếu tệp', en: 'no file given' },
  needs_option: { vi: '--{option} chỉ dùng cùng --{other}', en: '--{option} only goes with --{other}' },
  invalid_seconds: { vi: 'Số giây không hợp lệ "{value}"', en: 'invalid number of seconds "{value}"' },
  options_exclusive: { vi: '--{option} không dùng cùng --{other}', en: '--{option} cannot go with --{other}' },
  not_one_of: {
    vi: '--{option} phải là một trong: {allowed} (nhận được "{value}")',
    en: '--{option} must be one of: {allowed} (got "{value}")',
  },
  invalid_date_option: {
    vi: '--{option} phải có dạng YYYY-MM-DD (nhận được "{value}")',
    en: '--{option} must be YYYY-MM-DD (got "{value}")',
  },
  unexpected_argument: { vi: 'Đối số thừa: {argument}', en: 'unexpected argument: {argument}' },
  wrong_arguments: { vi: 'Thiếu hoặc thừa đối số', en: 'missing or extra arguments' },
  unknown_command: { vi: 'Lệnh không tồn tại: {command}', en: 'unknown command: {command}' },
  invalid_date: { vi: 'Ngày không hợp lệ "{value}", cần YYYY-MM-DD', en: 'invalid date "{value}", expected YYYY-MM-DD' },
  invalid_year: { vi: 'Năm không hợp lệ "{value}"', en: 'invalid year "{value}"' },
  invalid_date_time: {
    vi: 'Thời điểm không hợp lệ "{value}", cần YYYY-MM-DDTHH:mm',
    en: 'invalid date-time "{value}", expected YYYY-MM-DDTHH:mm',
  },
  invalid_day_count: { vi: 'Số ngày không hợp lệ "{value}"', en: 'invalid number of days "{value}"' },
});
