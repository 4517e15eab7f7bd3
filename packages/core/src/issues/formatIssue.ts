import { fieldLabels } from '../schemas/dossierFields';
import type { ReportedIssue, RowIssue, RowIssueCode, RowLocation } from './rowIssue';

export type Language = 'vi' | 'en';

/** Vietnamese names of the fields read from exports only (not canonical: see the import's presets). */
const exportFieldLabels: Readonly<Record<string, string>> = { extendedDueAt: 'Ngày gia hạn', onlineFlag: 'Trực tuyến' };

const reasons: Readonly<Record<RowIssueCode, { vi: string; en: string }>> = {
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
};

/** Vietnamese wording of the `expected` hints the validators use. */
const expectedVi: Readonly<Record<string, string>> = {
  'a non-empty text': 'một giá trị không rỗng',
  'YYYY-MM-DDTHH:mm[:ss]': 'YYYY-MM-DDTHH:mm[:ss] (giờ Việt Nam)',
  'a whole number ≥ 0': 'một số nguyên ≥ 0',
  'true or false': 'true hoặc false',
  'a JSON object': 'một đối tượng JSON',
};

function where(path: RowLocation, lang: Language): string {
  const parts = [path.file];
  if (path.sheet !== undefined) parts.push(lang === 'vi' ? `trang tính "${path.sheet}"` : `sheet "${path.sheet}"`);
  if (path.row !== undefined) parts.push(lang === 'vi' ? `dòng ${path.row}` : `row ${path.row}`);
  if (path.column !== undefined) parts.push(lang === 'vi' ? `cột "${path.column}"` : `column "${path.column}"`);
  return parts.join(', ');
}

/**
 * Turns a row issue into one sentence in Vietnamese or English, naming the place, the dossier,
 * the field, the value read and what was expected.
 *
 * @param issue - the row issue (plain data)
 * @param lang - `vi` or `en`
 * @returns the message
 * @example
 * formatIssue({ code: 'invalid_date', path: { file: 'a.jsonl', row: 3 }, field: 'receivedAt', input: '31/02/2026' }, 'en')
 * // 'a.jsonl, row 3: unreadable date — field receivedAt, value "31/02/2026"'
 */
export function formatIssue(issue: RowIssue, lang: Language): string {
  const reason = reasons[issue.code][lang];
  const details: string[] = [];
  if (issue.dossierCode !== undefined) {
    details.push(lang === 'vi' ? `hồ sơ ${issue.dossierCode}` : `dossier ${issue.dossierCode}`);
  }
  if (issue.field !== undefined) {
    const label = fieldLabels[issue.field] ?? exportFieldLabels[issue.field];
    details.push(
      lang === 'vi' ? `trường ${label ? `"${label}" (${issue.field})` : issue.field}` : `field ${issue.field}`,
    );
  }
  if (issue.input !== undefined) {
    details.push(lang === 'vi' ? `giá trị "${issue.input}"` : `value "${issue.input}"`);
  }
  if (issue.expected !== undefined) {
    const expected = lang === 'vi' ? (expectedVi[issue.expected] ?? issue.expected) : issue.expected;
    details.push(lang === 'vi' ? `cần ${expected}` : `expected ${expected}`);
  }
  const tail = details.length > 0 ? ` — ${details.join(', ')}` : '';
  return `${where(issue.path, lang)}: ${reason}${tail}`;
}

/** Adds both texts to a row issue, for JSON output and reports. */
export function reportIssue(issue: RowIssue): ReportedIssue {
  return { ...issue, message: { vi: formatIssue(issue, 'vi'), en: formatIssue(issue, 'en') } };
}

/** {@link reportIssue} over a list; issues that already carry their texts are kept as they are. */
export function reportIssues(issues: readonly RowIssue[]): ReportedIssue[] {
  return issues.map((i) => ('message' in i ? (i as ReportedIssue) : reportIssue(i)));
}
