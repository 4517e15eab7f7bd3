import { defineErrors } from '@tthc/core';

/** The input errors of @tthc/render (`InputError`): profile, notes, templates, Word template, figures. */
export const renderInputErrors = defineErrors('input', {
  unreadable_document: {
    vi: 'Không đọc được tệp {file} (YAML/JSON không hợp lệ)',
    en: 'cannot read {file} (invalid YAML/JSON): {detail}',
  },
  invalid_profile: {
    vi: 'Hồ sơ đơn vị {file} không hợp lệ (xem mẫu @tthc/render/samples/profile.yaml và lược đồ @tthc/render/schemas/profile.schema.json)',
    en: 'invalid unit profile {file} (see the sample @tthc/render/samples/profile.yaml and the schema @tthc/render/schemas/profile.schema.json):\n{issues}',
  },
  invalid_notes: {
    vi: 'Tệp ghi chú kỳ báo cáo {file} không hợp lệ (xem mẫu @tthc/render/samples/notes.yaml)',
    en: 'invalid period notes {file} (see the sample @tthc/render/samples/notes.yaml):\n{issues}',
  },
  notes_break_profile: {
    vi: 'Ghi chú kỳ báo cáo làm hồ sơ đơn vị không hợp lệ',
    en: 'the period notes make the profile invalid:\n{issues}',
  },
  unreadable_templates_folder: { vi: 'Không đọc được thư mục mẫu {file}', en: 'cannot read the templates folder {file}' },
  word_template_not_docx: { vi: 'Mẫu Word không phải tệp .docx', en: 'the Word template is not a .docx file' },
  word_template_without_document: {
    vi: 'Mẫu Word thiếu word/document.xml',
    en: 'the Word template has no word/document.xml',
  },
  word_template_unknown_placeholder: {
    vi: 'Mẫu Word có chỗ điền không biết: {placeholder} (biết: {known})',
    en: 'unknown placeholder {placeholder} in the Word template',
  },
  word_template_without_body: {
    vi: 'Mẫu Word thiếu đoạn {placeholder}',
    en: 'the Word template has no paragraph holding {placeholder}',
  },
  invalid_metrics: { vi: 'Số liệu không đúng lược đồ Metrics', en: 'the figures do not match the Metrics schema:\n{issues}' },
  missing_service_index: {
    vi: 'Hồ sơ đơn vị bật serviceIndex nhưng chưa có chỉ số QĐ 766 (computeServiceIndex)',
    en: 'the profile turns serviceIndex on but no QĐ 766 index was given (computeServiceIndex)',
  },
  no_unit_figures: { vi: 'Không có số liệu đơn vị nào', en: 'no unit figures given' },
  units_periods_differ: {
    vi: 'Số liệu các đơn vị không cùng kỳ báo cáo ({firstFrom}–{firstTo} và {otherFrom}–{otherTo})',
    en: 'the units’ figures are not for the same period',
  },
  units_match_one_ward: {
    vi: 'Hai đơn vị trong số liệu ("{first}", "{second}") cùng ứng với "{ward}" của bảng đơn vị: tính lại số liệu từ hồ sơ',
    en: 'two units of the figures match the table\'s "{ward}": compute the figures from the dossiers',
  },
  profiles_same_file_name: {
    vi: 'Hồ sơ đơn vị của "{first}" và "{second}" cho cùng tên tệp {name}: đặt unit.name khác nhau',
    en: 'the profiles of "{first}" and "{second}" give the same file name {name}: give them different unit.name',
  },
  invalid_service_index: { vi: 'Chỉ số không đúng lược đồ ServiceIndex', en: 'the index does not match the ServiceIndex schema:\n{issues}' },
  service_index_split_differs: {
    vi: 'Hồ sơ đơn vị chia điểm nhóm Dịch vụ công trực tuyến {profileSplit} nhưng chỉ số QĐ 766 đã tính theo {indexSplit}: tính lại chỉ số với cách chia của đơn vị',
    en: "the profile splits the online-service group's points {profileSplit} but the QĐ 766 index was computed with {indexSplit}: compute the index again with the unit's split",
  },
});
