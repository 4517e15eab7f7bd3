import { defineErrors } from '@tthc/core';

/** The input errors of @tthc/import (`InputError`): files that cannot be opened or read. */
export const importInputErrors = defineErrors('input', {
  cannot_open: {
    vi: '{file}: không mở được tệp (không tồn tại hoặc không phải tệp)',
    en: 'cannot open the file (missing or not a file)',
  },
  mapping_unreadable_file: { vi: '{file}: không đọc được tệp ánh xạ', en: 'cannot read the mapping file' },
  mapping_unparsable: { vi: '{file}: tệp ánh xạ không đọc được ({detail})', en: 'unreadable mapping file' },
  json_too_large: {
    vi: '{file}: tệp JSON lớn hơn 256 MB; hãy dùng JSON Lines (mỗi dòng một hồ sơ)',
    en: 'a JSON file over 256 MB; use JSON Lines (one dossier per line)',
  },
  invalid_json: { vi: '{file}: JSON không hợp lệ', en: 'invalid JSON ({detail})' },
  json_without_list: { vi: '{file}: JSON không chứa danh sách hồ sơ', en: 'the JSON holds no list of dossiers' },
  csv_record_too_long: {
    vi: '{file}, dòng {row}: ô quá dài hoặc dấu ngoặc kép không được đóng',
    en: 'row {row}: a cell is too long or a quote is never closed',
  },
  csv_cell_too_long: {
    vi: '{file}, dòng {row}, cột {column}: ô dài hơn {max} ký tự',
    en: 'row {row}, column {column}: a cell longer than {max} characters',
  },
  csv_unclosed_quote: {
    vi: '{file}, dòng {row}, cột {column}: dấu ngoặc kép không được đóng',
    en: 'row {row}, column {column}: a quote is never closed',
  },
  catalog_invalid_value: {
    vi: '{file}, dòng {line}, cột "{column}": giá trị "{value}" không hợp lệ, cần {expectedVi}',
    en: '{file}, line {line}, column "{column}": invalid value "{value}", expected {expectedEn}',
  },
  catalog_empty: { vi: '{file}: danh mục rỗng', en: 'the catalog is empty' },
  units_table_empty: { vi: '{file}: bảng đơn vị rỗng', en: 'the units table is empty' },
  units_table_missing_column: {
    vi: '{file}, dòng {line}: thiếu cột {missing} (cần dòng tiêu đề unit,profile)',
    en: 'line {line}: missing column {missing} (expected the heading unit,profile)',
  },
  units_table_empty_cell: { vi: '{file}, dòng {line}, cột "{column}": ô trống', en: '{file}, line {line}, column "{column}": empty cell' },
  units_table_duplicate: {
    vi: '{file}, dòng {line}: đơn vị "{unit}" đã có ở dòng {firstLine}',
    en: 'line {line}: the unit "{unit}" is already listed on line {firstLine}',
  },
});

/** The usage errors of @tthc/import (`UsageError`): options that name nothing. */
export const importUsageErrors = defineErrors('usage', {
  unknown_source: {
    vi: '--source "{source}" không có; dùng canonical, one-stop, portal, civil-status hoặc đường dẫn tệp ánh xạ .yaml/.json',
    en: 'unknown --source "{source}"; use canonical, one-stop, portal, civil-status or the path of a .yaml/.json mapping file',
  },
});
