import { defineErrors } from '@tthc/core';

const inReport = { vi: 'mẫu "report" (hoặc một mẫu con của nó)', en: 'template "report" (or one of its partials)' } as const;

/** The codes of `TemplateError`; `{value}` is the JSON of what a helper got. */
export const templateErrors = defineErrors('template', {
  helper_expected_number: { vi: 'hàm {helper}: cần một số, nhận được {value}', en: 'helper {helper}: expected a number, got {value}' },
  helper_expected_text: { vi: 'hàm {helper}: cần một chuỗi chữ, nhận được {value}', en: 'helper {helper}: expected a text, got {value}' },
  helper_expected_list: {
    vi: 'hàm {helper}: cần một danh sách chuỗi chữ, nhận được {value}',
    en: 'helper {helper}: expected a list of texts, got {value}',
  },
  lookup_undefined: { vi: 'hàm lookup: "{name}" không có', en: 'helper lookup: "{name}" not defined' },
  footnote_without_text: {
    vi: 'chú thích [^{id}] không có nội dung trong footnotes của hồ sơ đơn vị',
    en: "footnote [^{id}] has no text in the profile's footnotes",
  },
  prototype_property: {
    vi: 'mẫu "{template}": "{expression}" chạm tới thuộc tính prototype ({property}), mẫu không được dùng',
    en: 'template "{template}": "{expression}" reaches a prototype property ({property}), which templates may not use',
  },
  invalid_template: { vi: 'mẫu "{template}": {detail}', en: 'template "{template}": {detail}' },
  missing_variable_in_report: {
    vi: `${inReport.vi}: thiếu biến "{variable}" (dòng {line}, cột {column})`,
    en: `${inReport.en}: missing variable "{variable}" (line {line}, column {column})`,
  },
  report_failed: { vi: `${inReport.vi}: {detail}`, en: `${inReport.en}: {detail}` },
});
