import { defineErrors } from '@tthc/core';

/** The input errors of the TTHC nodes (`InputError`, shown by n8n as the node's error): what the workflow gave them. */
export const n8nInputErrors = defineErrors('input', {
  not_metrics: {
    vi: 'Mục {item} không phải số liệu của nút TTHC Metrics.',
    en: 'Item {item} is not the output of a TTHC Metrics node.',
  },
  no_format: { vi: 'Chưa chọn định dạng nào.', en: 'No format selected.' },
  no_service_index: {
    vi: 'Mục {item}: hồ sơ đơn vị bật serviceIndex nhưng số liệu không kèm chỉ số QĐ 766: hãy bật "Kèm chỉ số QĐ 766" ở nút TTHC Metrics.',
    en: 'Item {item}: the profile turns serviceIndex on but the figures carry no QĐ 766 index: turn on "Include the QĐ 766 Index" in the TTHC Metrics node.',
  },
  no_profile_binary: {
    vi: 'Mục {item} không có tệp hồ sơ đơn vị "{property}".',
    en: 'Item {item} has no profile binary field "{property}".',
  },
  mapping_not_json: { vi: 'Mapping không phải JSON hợp lệ.', en: 'The mapping is not valid JSON.' },
  missing_binary: {
    vi: 'Mục {item} không có tệp nhị phân "{property}" (có: {availableVi}).',
    en: 'Item {item} has no binary property "{property}" (it has: {availableEn}).',
  },
  no_input_file: {
    vi: 'TTHC Import {whatVi}: cần tệp xuất (xlsx, csv, json, jsonl) trong trường nhị phân "{field}".{fromVi}',
    en: 'TTHC Import {whatEn}: expected export files (xlsx, csv, json, jsonl) in the binary field "{field}".{fromEn}',
  },
  too_many_files: {
    vi: 'Có {count} tệp, quá số tệp cho phép ({max}); hãy gửi ít tệp hơn.',
    en: '{count} files, more than the {max} allowed; send fewer files.',
  },
  file_too_large: {
    vi: '{file}: tệp {sizeMb} MB, quá dung lượng cho phép ({maxMb} MB).',
    en: 'the file is {sizeMb} MB, larger than the {maxMb} MB allowed.',
  },
  no_path: { vi: 'Chưa nhập đường dẫn tệp.', en: 'No file path given.' },
  path_blocked: {
    vi: 'Không được phép đọc tệp {file} (xem N8N_RESTRICT_FILE_ACCESS_TO).',
    en: 'Access to {file} is not allowed (see N8N_RESTRICT_FILE_ACCESS_TO).',
  },
  path_not_found: { vi: '{file}: không tìm thấy tệp', en: 'file not found' },
  no_catalog_binary: {
    vi: 'Không mục nào có tệp danh mục "{property}".',
    en: 'No input item has the catalog binary field "{property}".',
  },
  no_units_binary: {
    vi: 'Không mục nào có tệp bảng đơn vị "{property}".',
    en: 'No input item has the units table binary field "{property}".',
  },
  not_report: {
    vi: 'Mục {item} không phải báo cáo của nút TTHC Render (thiếu "mail" hoặc không hợp lệ: {issues}).',
    en: 'Item {item} is not a report of a TTHC Render node (no valid "mail": {issues}).',
  },
  invalid_recipient: {
    vi: 'Địa chỉ người nhận không hợp lệ: "{address}".',
    en: 'Not an e-mail address (recipient): "{address}".',
  },
  no_history_for_send: {
    vi: 'TTHC Send cần kho lịch sử (sổ gửi thư nằm trong đó): chọn kho nhúng hoặc PostgreSQL.',
    en: 'TTHC Send needs a history store (its dispatch ledger lives there): choose the embedded store or PostgreSQL.',
  },
  mails_not_sent: {
    vi: 'Chưa gửi được {count} thư; lần chạy sau sẽ chỉ gửi các thư này: {notes}',
    en: '{count} mail(s) not sent; the next run sends only these: {notes}',
  },
  invalid_city_recipient: {
    vi: 'Địa chỉ thư của văn phòng thành phố không hợp lệ: "{address}".',
    en: 'Not an e-mail address (city office): "{address}".',
  },
});
