import { lostReasonLabels, onlineSplitNote, type IndexIndicator, type ServiceIndex } from '@tthc/core';
import type ExcelJS from 'exceljs';
import { formatShortDate } from '../format/dates';
import { INDEX_GROUP_ORDER } from '../model/indexSection';
import type { Profile } from '../profile/profileSchema';
import { wrappedLines } from './writeAnnex';

// docs/qd766-index.md — the annex sheet of the QĐ 766 index: groups and indicators, units, the dossiers that cost points.

const FONT = 'Times New Roman';
const NOT_COMPUTABLE = 'không tính được';
type Cell = string | number | null;

/** Number formats by column (1-based) of a table; numbers stay numbers. */
type Formats = Record<number, string>;

function styleRow(row: ExcelJS.Row, { bold = false, header = false, formats = {} as Formats } = {}): void {
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.font = { name: FONT, size: 11, bold: bold || header };
    const format = formats[col];
    if (!header && format && typeof cell.value === 'number') cell.numFmt = format;
    cell.alignment = { vertical: 'middle', wrapText: true, ...(header ? { horizontal: 'center' as const } : {}) };
    cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  });
}

function title(sheet: ExcelJS.Worksheet, text: string, size = 12, italic = false): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, 9);
  row.getCell(1).font = { name: FONT, size, bold: !italic, italic };
  row.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
}

const WIDTHS = [26, 44, 10, 14, 12, 12, 12, 48, 14];

/** Spreadsheet programs do not grow a row for wrapped text when opening a file: set its height from its longest cell. */
function fitHeight(row: ExcelJS.Row, values: readonly Cell[]): void {
  const lines = Math.max(1, ...values.map((v, i) => (typeof v === 'string' && v !== '' ? wrappedLines(v, (WIDTHS[i] ?? 10) - 2) : 1)));
  row.height = 3 + lines * 14.5;
}

function table(sheet: ExcelJS.Worksheet, headers: string[], rows: Cell[][], formats: Formats = {}, boldLast = false): void {
  const head = sheet.addRow(headers);
  styleRow(head, { header: true });
  fitHeight(head, headers);
  rows.forEach((values, i) => {
    const row = sheet.addRow(values);
    styleRow(row, { bold: boldLast && i === rows.length - 1, formats });
    fitHeight(row, values);
  });
}

const POINTS = '0.00';

const score = (s: number | null): Cell => (s === null ? NOT_COMPUTABLE : s);

function indicatorRow(group: string, i: IndexIndicator): Cell[] {
  return [group, i.label, i.max, score(i.score), i.numerator, i.denominator, i.ratio, i.reason?.vi ?? ''];
}

/**
 * Adds the sheet "Chỉ số QĐ 766" to the annex: every group and indicator with its score, inputs
 * and reason; the units of a city export; the dossiers that lost points (no personal data).
 * Numbers stay numbers; what cannot be computed says so in words.
 */
export function addIndexSheet(workbook: ExcelJS.Workbook, index: ServiceIndex, profile: Profile): void {
  const sheet = workbook.addWorksheet('Chỉ số QĐ 766');
  sheet.columns = WIDTHS.map((width) => ({ width }));
  title(sheet, 'CHỈ SỐ CHỈ ĐẠO, ĐIỀU HÀNH VÀ ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (ƯỚC TÍNH THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTg)', 13);
  title(sheet, `Đơn vị: ${profile.agency.name.join(' ')} — kỳ: từ ngày ${formatShortDate(index.period.from)} đến ngày ${formatShortDate(index.period.to)} — công thức ${index.formulaVersion}`, 11, true);
  for (const w of index.warnings) title(sheet, `Lưu ý: ${w.message.vi}`, 11, true);
  title(sheet, `Lưu ý: ${onlineSplitNote(index.assumptions.onlineSplit).vi}`, 11, true);
  title(sheet, `Ước tính từ hồ sơ của đơn vị; điểm chính thức do Cổng Dịch vụ công quốc gia công bố. ${index.gradeReason?.vi ?? ''}`.trim(), 11, true);
  sheet.addRow([]);

  const rows: Cell[][] = [];
  for (const key of INDEX_GROUP_ORDER) {
    const g = index.groups[key];
    // A partial group's reason repeats its indicators' notes below it: say only what the score is out of.
    const note = g.partial ? `Chỉ tính phần tính được: ${g.computableMax}/${g.max} điểm` : (g.reason?.vi ?? '');
    rows.push([g.label, 'Cả nhóm', g.max, score(g.score), null, null, null, note]);
    for (const i of g.indicators) rows.push(indicatorRow('', i));
  }
  rows.push(['Tổng các nhóm tính được', `trên ${index.max} điểm`, index.max, index.total, null, null, null, index.grade ?? '']);
  table(sheet, ['Nhóm chỉ số', 'Chỉ tiêu', 'Điểm tối đa', 'Điểm', 'Tử số', 'Mẫu số', 'Tỷ lệ', 'Ghi chú'], rows, { 3: '0', 4: POINTS, 5: '#,##0', 6: '#,##0', 7: '0.00%' }, true);

  if (index.byUnit.length > 0) {
    sheet.addRow([]);
    title(sheet, 'Theo đơn vị');
    table(
      sheet,
      ['Đơn vị', 'Tổng (tính được)', 'Trên', 'Tiến độ', 'Trực tuyến', 'Thanh toán', 'Số hóa', 'Hồ sơ không đúng hạn'],
      index.byUnit.map((u) => [u.unit, u.total, u.max, score(u.groups.progress.score), score(u.groups.online.score), score(u.groups.payment.score), score(u.groups.digitization.score), u.groups.progress.lost.length]),
      { 2: POINTS, 3: '0', 4: POINTS, 5: POINTS, 6: POINTS, 7: POINTS, 8: '#,##0' },
    );
  }

  sheet.addRow([]);
  title(sheet, 'Hồ sơ làm mất điểm');
  const lost = INDEX_GROUP_ORDER.flatMap((key) => index.groups[key].lost.map((l) => ({ group: index.groups[key].label, ...l })));
  table(
    sheet,
    ['Nhóm chỉ số', 'Mã hồ sơ', 'Thủ tục', 'Lĩnh vực', 'Đơn vị', 'Hạn xử lý', 'Ngày xét', 'Lý do', 'Mã TTHC'],
    lost.map((l) => [l.group, l.code, l.procedureName, l.field, l.unit ?? '', l.dueDate ? formatShortDate(l.dueDate) : '', l.judgedDate ? formatShortDate(l.judgedDate) : '', lostReasonLabels[l.reason], l.procedureCode ?? '']),
  );
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}
