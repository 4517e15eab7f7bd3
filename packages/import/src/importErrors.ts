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
  empty_file: { vi: '{file}: tệp rỗng', en: 'the file is empty' },
  binary_not_table: {
    vi: '{file}: không phải bảng tính, CSV hay JSON (dữ liệu nhị phân)',
    en: 'not a spreadsheet, CSV or JSON (binary data)',
  },
  canonical_needs_json: { vi: '{file}: --source canonical cần JSON hoặc JSON Lines', en: '--source canonical needs JSON or JSON Lines' },
  no_sheet_with_list: {
    vi: '{file}: không trang tính nào có danh sách hồ sơ với dòng tiêu đề nhận ra được ({sheets})',
    en: 'no sheet holds a dossier list with a recognisable header ({sheets})',
  },
  encrypted_workbook: {
    vi: '{file}: bảng tính được mã hóa bằng mật khẩu; hãy mở bằng mật khẩu và lưu lại thành .xlsx không mật khẩu',
    en: 'a password-encrypted workbook; open it with its password and save it as .xlsx without one',
  },
  legacy_refused: {
    vi: '{file}: không nhận tệp .{kind} ở đây (phải chuyển đổi bằng LibreOffice); hãy lưu tệp thành .xlsx hoặc .csv',
    en: 'a .{kind} file is not taken here (it needs converting by LibreOffice); save it as .xlsx or .csv',
  },
  legacy_needs_libreoffice: {
    vi: '{file}: tệp .{kind} cần LibreOffice (soffice) để đọc, máy này chưa cài; hãy cài LibreOffice hoặc lưu tệp thành .xlsx',
    en: 'a .{kind} file needs LibreOffice (soffice), which is not installed here; install it or save the file as .xlsx',
  },
  legacy_conversion_failed: {
    vi: '{file}: LibreOffice không chuyển được tệp .{kind} (hỏng, có mật khẩu, hoặc vượt giới hạn bộ nhớ {memoryVi})',
    en: 'LibreOffice could not convert the .{kind} file (damaged, password-protected, or past its memory cap of {memoryEn})',
  },
  legacy_conversion_missing: {
    vi: '{file}: LibreOffice không chuyển được tệp .{kind} (dừng trong giới hạn: bộ nhớ {memoryVi}, {seconds} giây)',
    en: 'LibreOffice could not convert the .{kind} file (it gave up within its limits: memory {memoryEn}, {seconds} s)',
  },
  ods_without_content: {
    vi: '{file}: không phải bảng tính OpenDocument (tệp zip không có content.xml)',
    en: 'not an OpenDocument spreadsheet (a zip without content.xml)',
  },
  ods_xml: { vi: '{file}: content.xml không đọc được: {problemVi}', en: 'content.xml cannot be read: {problemEn}' },
  ods_repeat_too_large: {
    vi: '{file}, trang "{sheet}", dòng {row}: các dòng, ô lặp lại (number-rows-repeated, number-columns-repeated) vượt quá {max} ô',
    en: 'sheet "{sheet}", row {row}: repeated rows and cells (number-rows-repeated, number-columns-repeated) come to more than {max} cells',
  },
  legacy_conversion_stopped: {
    vi: '{file}: LibreOffice bị dừng sau {seconds} giây (giới hạn thời gian) khi chuyển tệp .{kind}',
    en: 'LibreOffice was stopped after {seconds} s (its time limit) converting the .{kind} file',
  },
  invalid_utf8_byte: {
    vi: '{file}, dòng {line}, byte thứ {byte} của dòng (byte {offset} của tệp): byte {hex} không hợp lệ trong văn bản UTF-8; tệp không được đọc lại theo bảng mã khác — hãy sửa hoặc xuất lại tệp',
    en: 'line {line}, byte {byte} of the line (byte {offset} of the file): invalid byte {hex} in UTF-8 text; the file is not re-read in another encoding — fix or export it again',
  },
  ends_inside_utf8: { vi: '{file}: tệp kết thúc giữa một ký tự UTF-8', en: 'the file ends inside a UTF-8 character' },
  lone_surrogate: {
    vi: '{file}: nửa cặp thay thế UTF-16 đứng lẻ (sau dòng {line}, gần byte {offset} của tệp) — tệp bị hỏng; hãy xuất lại',
    en: 'a lone UTF-16 surrogate (after line {line}, near byte {offset} of the file) — the file is damaged; export it again',
  },
  unsupported_charset: { vi: '{file}: bảng mã "{charset}" của trang không được hỗ trợ', en: 'the page\'s charset "{charset}" is not supported' },
  charset_bad_byte: { vi: '{file}: có byte không đọc được theo bảng mã "{charset}"', en: 'a byte cannot be read in the charset "{charset}"' },
  html_cell_too_long: { vi: '{file}, dòng {row}: ô dài hơn {max} ký tự', en: 'row {row}: a cell longer than {max} characters' },
  html_too_many_columns: { vi: '{file}, dòng {row}: cột vượt quá {max}', en: 'row {row}: a column beyond {max}' },
  sheet_empty: { vi: '{where}: trang tính/tệp không có dữ liệu', en: 'the sheet or file is empty' },
  no_header: {
    vi: '{where}: không tìm thấy dòng tiêu đề (cần các cột như "Số hồ sơ", "Tên thủ tục", "Trạng thái", "Ngày tiếp nhận") trong {rows} dòng đầu',
    en: 'no recognisable header (columns such as "Số hồ sơ", "Tên thủ tục", "Trạng thái", "Ngày tiếp nhận") in the first {rows} rows',
  },
  /** A row of a sheet the scan cannot read; `problemVi`/`problemEn` say what (from the scanner). */
  sheet_row_problem: { vi: '{file}, trang tính "{sheet}", dòng {row}: {problemVi}', en: 'sheet "{sheet}", row {row}: {problemEn}' },
  sheet_without_data: { vi: '{file}: trang tính "{sheet}" không có dữ liệu (thiếu sheetData)', en: 'sheet "{sheet}" has no sheetData' },
  sheet_cut_short: {
    vi: '{file}: trang tính "{sheet}" bị cắt cụt (không có </sheetData>, sau dòng {row}); hãy xuất lại tệp',
    en: 'sheet "{sheet}" is cut short (no </sheetData>, after row {row}); export the file again',
  },
  /** Text of an XML part that XML does not allow (a character reference, an entity…); `problemVi`/`problemEn` from the XML reader. */
  sheet_xml_text: { vi: '{file}, trang tính "{sheet}": {problemVi}', en: 'sheet "{sheet}": {problemEn}' },
  shared_string_xml_text: { vi: '{file}: chuỗi dùng chung thứ {index}: {problemVi}', en: 'shared string {index}: {problemEn}' },
  shared_strings_xml_text: { vi: '{file}: bảng chuỗi dùng chung (sharedStrings.xml): {problemVi}', en: 'shared strings: {problemEn}' },
  workbook_xml_text: { vi: '{file}: xl/workbook.xml: {problemVi}', en: '{problemEn}' },
  shared_string_too_long: { vi: '{file}: chuỗi thứ {index} dài hơn {max} ký tự', en: 'shared string {index} is longer than {max} characters' },
  shared_strings_too_long: { vi: '{file}: một chuỗi trong bảng chuỗi dùng chung quá dài', en: 'a shared string is too long' },
  workbook_part_too_large: { vi: '{file}: "{part}" quá lớn', en: '"{part}" is too large' },
  not_a_workbook: {
    vi: '{file}: không phải bảng tính Excel (tệp zip không có xl/workbook.xml)',
    en: 'not a spreadsheet (a zip without xl/workbook.xml)',
  },
  workbook_without_sheets: { vi: '{file}: bảng tính không có trang tính nào', en: 'the workbook has no sheet' },
  no_such_sheet: { vi: '{file}: không có trang tính "{sheet}" (có: {sheets})', en: 'no sheet "{sheet}"' },
  sheet_part_missing: { vi: '{file}: thiếu dữ liệu trang tính "{sheet}" ({part})', en: 'missing sheet data "{sheet}" ({part})' },
  /** A damaged zip archive; `problemVi`/`problemEn` say where (from the zip reader). */
  zip_damaged: { vi: '{file}: {problemVi}', en: '{problemEn}' },
  part_utf16: {
    vi: '{file}: phần "{part}" được mã hóa UTF-16, chưa hỗ trợ; hãy mở và lưu lại bằng Excel hoặc LibreOffice',
    en: 'part "{part}" is UTF-16, which is not supported; open and save it again in Excel or LibreOffice',
  },
  part_invalid_utf8: {
    vi: '{file}: phần "{part}" không phải UTF-8 hợp lệ (gần byte {offset} sau giải nén); hãy xuất lại tệp',
    en: 'part "{part}" is not valid UTF-8 (near inflated byte {offset}); export the file again',
  },
  part_ends_inside_utf8: { vi: '{file}: phần "{part}" kết thúc giữa một ký tự UTF-8', en: 'part "{part}" ends inside a UTF-8 character' },
  mapping_invalid: {
    vi: '{file}: tệp ánh xạ không hợp lệ: {issuesVi}',
    en: 'invalid mapping file: {issues}',
  },
  mapping_unknown_field: { vi: '{file}: cột "{heading}" ánh xạ tới trường không có "{field}"', en: 'column "{heading}" maps to an unknown field "{field}"' },
  mapping_bad_date_format: { vi: '{file}: {detail}', en: '{detail}' },
  dates_swapped: {
    vi: '{where}, cột "{heading}": {typed} ô là ngày của bảng tính còn {high} ô là chữ ngày/tháng/năm mà ngày đều lớn hơn 12 (ví dụ "{example}") — tệp đã được mở và lưu bằng một chương trình đặt tháng trước ngày, làm đảo ngày và tháng của các ngày từ 1 đến 12. Hãy xuất lại tệp từ hệ thống và dùng thẳng tệp đó (không mở rồi lưu lại), hoặc đặt định dạng vùng Việt Nam (dd/MM/yyyy) trước khi mở',
    en: 'column "{heading}": {typed} cells are spreadsheet dates while {high} are day/month/year texts whose day is always above 12 (e.g. "{example}") — the file was opened and saved by a program set to month-first dates, which swapped day and month of every date whose day is 1–12. Export the file from the system again and use it as it is (do not open and re-save it), or set a Vietnamese (dd/MM/yyyy) locale before opening it',
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
