import { defineErrors } from '@tthc/core';

/** The input errors of the TTHC nodes (`InputError`, shown by n8n as the node's error): what the workflow gave them. */
export const n8nInputErrors = defineErrors('input', {
  not_metrics: {
    vi: 'Mục {item} không phải số liệu của nút TTHC Metrics.',
    en: 'Item {item} is not the output of a TTHC Metrics node.',
  },
  no_format: { vi: 'Chưa chọn định dạng nào.', en: 'No format selected.' },
  no_profile_binary: {
    vi: 'Mục {item} không có tệp hồ sơ đơn vị "{property}".',
    en: 'Item {item} has no profile binary field "{property}".',
  },
  mapping_not_json: { vi: 'Mapping không phải JSON hợp lệ.', en: 'The mapping is not valid JSON.' },
  invalid_mapping: { vi: 'Mapping không hợp lệ', en: 'invalid mapping: {issues}' },
  not_json_lines: {
    vi: 'Tệp "{property}" của mục {item} không phải JSON Lines hợp lệ (dòng {line}).',
    en: 'Binary "{property}" of item {item} is not valid JSON Lines (line {line}).',
  },
  not_a_dossier: {
    vi: 'Mục {item}{dossier} không phải hồ sơ hợp lệ: hãy đặt nút TTHC Import hoặc TTHC Validate phía trước.',
    en: 'Item {item}{dossier} is not a valid dossier: put a TTHC Import or TTHC Validate node before this one.',
  },
  missing_binary: {
    vi: 'Mục {item} không có tệp nhị phân "{property}" (có: {availableVi}).',
    en: 'Item {item} has no binary property "{property}" (it has: {availableEn}).',
  },
  no_input_file: {
    vi: 'TTHC Import {whatVi}: cần tệp xuất (xlsx, csv, json, jsonl) trong trường nhị phân "{field}".{fromVi}',
    en: 'TTHC Import {whatEn}: expected export files (xlsx, csv, json, jsonl) in the binary field "{field}".{fromEn}',
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
  catalog_json_invalid: { vi: 'Danh mục (JSON) không phải JSON hợp lệ.', en: 'The catalog (JSON) is not valid JSON.' },
  no_units_binary: {
    vi: 'Không mục nào có tệp bảng đơn vị "{property}".',
    en: 'No input item has the units table binary field "{property}".',
  },
  no_profile_file: {
    vi: '{file}, dòng {line}: không mục đầu vào nào có tệp hồ sơ đơn vị "{profile}".',
    en: 'line {line}: no input item holds the profile file "{profile}".',
  },
  invalid_city_recipient: {
    vi: 'Địa chỉ thư của văn phòng thành phố không hợp lệ: "{address}".',
    en: 'Not an e-mail address (city office): "{address}".',
  },
  catalog_json_schema: { vi: 'Danh mục (JSON) không hợp lệ', en: 'invalid catalog (JSON): {detail}' },
});
