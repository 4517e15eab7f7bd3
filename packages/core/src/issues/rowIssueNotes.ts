import { defineNotes } from '../notes/defineNotes';

// A row issue's sentence: the place, the reason (its code), then what is known of the value —
// each part a note of these catalogs, worded by `formatNote` (`formatIssue`).

/** The reason of each row issue code. */
export const rowIssueNotes = defineNotes({
  invalid_syntax: { vi: 'dòng không đọc được', en: 'the row cannot be read' },
  missing_field: { vi: 'thiếu giá trị bắt buộc', en: 'a required value is missing' },
  invalid_value: { vi: 'giá trị không hợp lệ', en: 'invalid value' },
  invalid_date: { vi: 'ngày giờ không đọc được', en: 'unreadable date' },
  unknown_status: { vi: 'trạng thái không xác định', en: 'unknown status' },
  missing_end: {
    vi: 'hồ sơ đã kết thúc nhưng không có ngày kết thúc xử lý hoặc ngày trả kết quả',
    en: 'an ended dossier has neither finishedAt nor returnedAt',
  },
  end_before_received: {
    vi: 'ngày kết thúc trước ngày tiếp nhận',
    en: 'the dossier ends before it was received',
  },
  due_before_received: { vi: 'ngày hẹn trả trước ngày tiếp nhận', en: 'due before it was received' },
  received_before_submitted: {
    vi: 'ngày tiếp nhận trước ngày nộp',
    en: 'received before it was submitted',
  },
  missing_channel: {
    vi: 'không có kênh nộp, tính là trực tiếp',
    en: 'no channel given, counted as direct',
  },
  channel_from_online_flag: {
    vi: 'không có kênh nộp, lấy theo cột trực tuyến có/không',
    en: 'no channel given, taken from the yes/no online column',
  },
  assumed_within_deadline: {
    vi: 'không có ngày hẹn trả, tính là trong hạn/đúng hạn (theo quy tắc của Cổng DVCQG)',
    en: 'no due date, counted within deadline / on time (the national portal\'s rule)',
  },
  assumed_due_from_catalog: {
    vi: 'không có ngày hẹn trả, tính từ ngày tiếp nhận theo thời hạn giải quyết của thủ tục trong danh mục',
    en: "no due date; counted from the receipt by the procedure's time limit in the catalog",
  },
  assumed_end_date: {
    vi: 'hồ sơ đã kết thúc nhưng không có ngày kết thúc, lấy ngày muộn nhất có trong hồ sơ',
    en: 'an ended dossier without an end date; the latest date it carries is taken as its end',
  },
  extended_due_date: {
    vi: 'có ngày gia hạn, dùng thay ngày hẹn trả',
    en: 'an extended due date replaces the due date',
  },
  conflict: {
    vi: 'các nguồn ghi khác nhau, giữ trạng thái tiến xa nhất',
    en: 'the inputs disagree; the most advanced state is kept',
  },
});

/** The parts of a row issue's sentence around its reason. */
export const rowIssueParts = defineNotes({
  in_sheet: { vi: 'trang tính "{sheet}"', en: 'sheet "{sheet}"' },
  at_row: { vi: 'dòng {row}', en: 'row {row}' },
  in_column: { vi: 'cột "{column}"', en: 'column "{column}"' },
  of_dossier: { vi: 'hồ sơ {dossierCode}', en: 'dossier {dossierCode}' },
  of_field: { vi: 'trường {fieldVi}', en: 'field {field}' },
  with_value: { vi: 'giá trị "{input}"', en: 'value "{input}"' },
  expecting: { vi: 'cần {expectedVi}', en: 'expected {expected}' },
  sentence: { vi: '{place}: {reason}{details}', en: '{place}: {reason}{details}' },
});
