import { defineErrors } from '@tthc/core';

/** The input errors of a report run (`InputError`): its request and the small files it reads. */
export const reportInputErrors = defineErrors('input', {
  invalid_request: { vi: 'Yêu cầu lập báo cáo không hợp lệ: {issues}', en: 'invalid report request: {issues}' },
  file_not_found: { vi: '{file}: không tìm thấy tệp', en: 'file not found' },
  unreadable_file: { vi: '{file}: không đọc được tệp', en: 'cannot read the file ({detail})' },
  no_wards: {
    vi: '{file}: không có phường/xã nào (mỗi phường một thư mục con có profile.yaml): {detail}',
    en: 'no ward (one subfolder per ward, holding its profile.yaml): {detail}',
  },
  unknown_ward: {
    vi: 'Không có phường/xã "{ward}" trong danh sách; chọn một trong: {known}',
    en: 'no ward "{ward}" in the list; choose one of: {known}',
  },
  pdf_needs_libreoffice: {
    vi: '{file}: cần LibreOffice để in báo cáo ra PDF; cài LibreOffice (soffice) trên máy chạy, hoặc bỏ định dạng pdf',
    en: 'printing the report as PDF needs LibreOffice: install it (soffice) on the machine that runs, or leave the pdf format out',
  },
  pdf_conversion_failed: {
    vi: '{file}: LibreOffice không in được tệp ra PDF (lỗi hoặc quá thời gian TTHC_SOFFICE_TIMEOUT_MS)',
    en: 'LibreOffice could not print the file as PDF (it failed or ran past TTHC_SOFFICE_TIMEOUT_MS)',
  },
  no_profile_file: {
    vi: '{file}, dòng {line}: không có tệp hồ sơ đơn vị "{profile}" trong các tệp đã cho',
    en: 'line {line}: no profile file "{profile}" among the files given',
  },
});
