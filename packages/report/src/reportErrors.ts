import { defineErrors } from '@tthc/core';

/** The input errors of a report run (`InputError`): its request and the small files it reads. */
export const reportInputErrors = defineErrors('input', {
  invalid_request: { vi: 'Yêu cầu lập báo cáo không hợp lệ: {issues}', en: 'invalid report request: {issues}' },
  file_not_found: { vi: '{file}: không tìm thấy tệp', en: 'file not found' },
  unreadable_file: { vi: '{file}: không đọc được tệp', en: 'cannot read the file ({detail})' },
  no_profile_file: {
    vi: '{file}, dòng {line}: không có tệp hồ sơ đơn vị "{profile}" trong các tệp đã cho',
    en: 'line {line}: no profile file "{profile}" among the files given',
  },
});
