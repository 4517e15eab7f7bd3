import type { Metrics, ReportedIssue } from '@tthc/core';
import type ExcelJS from 'exceljs';

// docs/domain-decisions.md — the annex's data-quality sheet: where every row went (read = accepted + rejected +
// skipped), the rejected rows and the warnings counted by kind, and the first examples of each.
// Examples name only the place (file, sheet, row, column) and the field: never the value read,
// the dossier code or the message, which may quote personal data (test/privacy-and-names.test.ts).
// The one exception is the carried-over check of a unit's history, which exists to name the
// dossiers that differ: by their codes only, with why.

const FONT = 'Times New Roman';
const EXAMPLES = 3;

/** The issues grouped by code, in the order the codes first appear. */
function byCode(issues: readonly ReportedIssue[]): Map<string, ReportedIssue[]> {
  const groups = new Map<string, ReportedIssue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.code);
    if (list) list.push(issue);
    else groups.set(issue.code, [issue]);
  }
  return groups;
}

/** Where an issue is, in Vietnamese: file, sheet, row, column, field — nothing read from the row. */
function place(issue: ReportedIssue): string {
  const p = issue.path;
  const parts = [p.file];
  if (p.sheet !== undefined) parts.push(`trang tính "${p.sheet}"`);
  if (p.row !== undefined) parts.push(`dòng ${p.row}`);
  if (p.column !== undefined) parts.push(`cột "${p.column}"`);
  if (issue.field !== undefined) parts.push(`trường ${issue.field}`);
  return parts.join(', ');
}

/** A unit's carried-over mismatch (`carried_over_mismatch` of its history's check): the warning and the dossiers that differ, by code. */
export interface CarriedOverMismatch {
  message: { vi: string; en: string };
  /** Open at the end of the previous period, not carried over now. */
  missing: ReadonlyArray<{ code: string; reason: string }>;
  /** Carried over now, not open then. */
  unexpected: ReadonlyArray<{ code: string; reason: string }>;
}

/**
 * Adds the sheet "Chất lượng dữ liệu" to the annex workbook.
 *
 * @param workbook - the annex being written
 * @param metrics - the figures, with the import's accounting, rejected rows and warnings
 * @param carriedOver - the unit's carried-over mismatch, when its history found one
 */
export function addDataQualitySheet(workbook: ExcelJS.Workbook, metrics: Metrics, carriedOver?: CarriedOverMismatch): void {
  const sheet = workbook.addWorksheet('Chất lượng dữ liệu', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [{ width: 22 }, { width: 30 }, { width: 12 }, { width: 90 }];
  const row = (values: (string | number)[], bold = false) => {
    const r = sheet.addRow(values);
    r.font = { name: FONT, size: 12, bold };
    r.alignment = { vertical: 'top', wrapText: true };
  };
  row(['CHẤT LƯỢNG DỮ LIỆU ĐẦU VÀO'], true);
  const r = metrics.rows;
  row([`Số dòng đã đọc: ${r.read} = nhận ${r.accepted} + loại ${r.rejected} + bỏ qua ${r.skipped}`]);
  sheet.mergeCells('A1:D1');
  sheet.mergeCells('A2:D2');
  row([]);
  row(['Loại', 'Mã', 'Số lượng', 'Ví dụ (tối đa 3)'], true);
  const groups: [string, readonly ReportedIssue[]][] = [
    ['Dòng bị loại', metrics.rejectedRows],
    ['Cảnh báo (giả định)', metrics.warnings],
  ];
  for (const [kind, issues] of groups) {
    for (const [code, list] of byCode(issues)) {
      row([kind, code, list.length, list.slice(0, EXAMPLES).map(place).join('\n')]);
    }
  }
  const skipped = new Map<string, number>();
  for (const s of metrics.skippedRows) skipped.set(s.reason, (skipped.get(s.reason) ?? 0) + (s.rows ?? 1));
  for (const [reason, count] of skipped) row(['Dòng bỏ qua', reason, count, '']);
  if (metrics.rejectedRows.length === 0 && metrics.warnings.length === 0) row(['Không có dòng bị loại và không có cảnh báo.']);
  if (carriedOver) {
    const list = (items: CarriedOverMismatch['missing']) => items.map((d) => `${d.code} (${d.reason})`).join(', ');
    row([]);
    row(['Hồ sơ chuyển kỳ', 'carried_over_mismatch', carriedOver.missing.length + carriedOver.unexpected.length, carriedOver.message.vi], true);
    if (carriedOver.missing.length > 0) row(['', 'Còn tồn kỳ trước, không chuyển sang', carriedOver.missing.length, list(carriedOver.missing)]);
    if (carriedOver.unexpected.length > 0) row(['', 'Chuyển sang, không còn tồn kỳ trước', carriedOver.unexpected.length, list(carriedOver.unexpected)]);
  }
}
