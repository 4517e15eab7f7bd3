import { type Metrics, type ServiceIndex, toWall } from '@tthc/core';
import type ExcelJS from 'exceljs';
import { rezipDeterministic } from '../_lib/zip';
import { stylesInSchemaOrder } from './stylesInSchemaOrder';
import { formatCount } from '../format/formatCount';
import { formatShortDate } from '../format/dates';
import { type AnnexRow, annexRows } from '../model/annexRows';
import { AnnexIdentityError } from '../model/annexIdentityError';
import { annexIdentityErrors } from '../model/annexIdentityErrors';
import { type CarriedOverMismatch, addDataQualitySheet } from './dataQualitySheet';
import { type RecentPeriod, addRecentSheet } from './recentSheet';
import type { Profile } from '../profile/profileSchema';
import { addIndexSheet } from './indexSheet';

export const FONT = 'Times New Roman';
const LAST_COL = 13;
const HEADER_FIRST_ROW = 5;
const COLUMN_NUMBERS_ROW = 8;

type Sheet = ExcelJS.Worksheet;
export const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function put(sheet: Sheet, range: string, value: string, style: { bold?: boolean; italic?: boolean; size?: number; align?: 'center' | 'left' | 'right' } = {}): void {
  const [first] = range.split(':') as [string];
  if (range.includes(':')) sheet.mergeCells(range);
  const cell = sheet.getCell(first);
  cell.value = value;
  cell.font = { name: FONT, size: style.size ?? 12, bold: style.bold ?? false, italic: style.italic ?? false };
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: true };
}

/** The title block and the three-row header of the form, rows 1–8. */
export function formHeader(
  sheet: Sheet,
  profile: Pick<Profile, 'agency' | 'reportRecipient'>,
  metrics: Pick<Metrics, 'period'>,
  secondLabel: string,
): void {
  put(sheet, 'A1:M1', 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', { bold: true, size: 14 });
  put(sheet, 'A2:M2', `Kỳ báo cáo: từ ngày ${formatShortDate(metrics.period.from)} đến ngày ${formatShortDate(metrics.period.to)}`, { italic: true, size: 13 });
  put(sheet, 'A3:F3', `Đơn vị báo cáo: ${profile.agency.name.join(' ')}`, { align: 'left' });
  put(sheet, 'G3:M3', `Đơn vị nhận báo cáo: ${profile.reportRecipient}`, { align: 'left' });
  put(sheet, 'J4:M4', 'Đơn vị tính: hồ sơ', { italic: true, align: 'right' });
  sheet.getRow(1).height = 36;
  sheet.getRow(3).height = 32;

  const h = HEADER_FIRST_ROW;
  const headers: Array<[string, string]> = [
    [`A${h}:A${h + 2}`, 'STT'],
    [`B${h}:B${h + 2}`, secondLabel],
    [`C${h}:F${h}`, 'Số hồ sơ nhận giải quyết'],
    [`G${h}:J${h}`, 'Số hồ sơ đã giải quyết'],
    [`K${h}:M${h}`, 'Số hồ sơ đang giải quyết'],
    [`C${h + 1}:C${h + 2}`, 'Tổng số'],
    [`D${h + 1}:F${h + 1}`, 'Trong đó'],
    [`G${h + 1}:G${h + 2}`, 'Tổng số'],
    [`H${h + 1}:J${h + 1}`, 'Trong đó'],
    [`K${h + 1}:K${h + 2}`, 'Tổng số'],
    [`L${h + 1}:M${h + 1}`, 'Trong đó'],
    [`D${h + 2}`, 'Trực tuyến'],
    [`E${h + 2}`, 'Trực tiếp, dịch vụ bưu chính'],
    [`F${h + 2}`, 'Từ kỳ trước'],
    [`H${h + 2}`, 'Trước hạn'],
    [`I${h + 2}`, 'Đúng hạn'],
    [`J${h + 2}`, 'Quá hạn'],
    [`L${h + 2}`, 'Trong hạn'],
    [`M${h + 2}`, 'Quá hạn'],
  ];
  for (const [range, text] of headers) put(sheet, range, text, { bold: true, size: 11 });
  sheet.getRow(h + 2).height = 48;
  const numbers = sheet.getRow(COLUMN_NUMBERS_ROW);
  for (let c = 1; c <= LAST_COL; c++) {
    const cell = numbers.getCell(c);
    cell.value = `(${c})`;
    cell.font = { name: FONT, size: 10, italic: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  }
  for (let r = h; r <= COLUMN_NUMBERS_ROW; r++) {
    for (let c = 1; c <= LAST_COL; c++) sheet.getRow(r).getCell(c).border = thin;
  }
}

// Width of column (2) in characters, and about how many 12 pt characters fit on one of its lines.
const LABEL_WIDTH = 48;
const LABEL_CHARS_PER_LINE = 46;

/** Lines a label takes when wrapped word by word (an estimate: no font metrics here). */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) used = need;
    else {
      lines += 1;
      used = word.length;
    }
  }
  return lines;
}

export function dataRow(sheet: Sheet, stt: string | number | null, row: AnnexRow, bold: boolean): void {
  const excelRow = sheet.addRow([stt, row.label, ...row.values]);
  // Spreadsheet programs do not grow a row for wrapped text when opening a file: set its height.
  const lines = wrappedLines(row.label, LABEL_CHARS_PER_LINE);
  excelRow.height = 3 + lines * 14.5;
  excelRow.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.font = { name: FONT, size: 12, bold };
    cell.border = thin;
    cell.alignment = { horizontal: col === 2 ? 'left' : 'center', vertical: 'middle', wrapText: col === 2 };
    if (col >= 3) cell.numFmt = '#,##0';
  });
}

export function pageSetup(sheet: Sheet): void {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${HEADER_FIRST_ROW}:${COLUMN_NUMBERS_ROW}`,
    margins: { left: 0.59, right: 0.39, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' };
  sheet.columns = [{ width: 6 }, { width: LABEL_WIDTH }, ...Array.from({ length: LAST_COL - 2 }, () => ({ width: 11 }))];
  sheet.views = [{ state: 'frozen', ySplit: COLUMN_NUMBERS_ROW }];
}

function footnote(sheet: Sheet, withdrawn: number): void {
  sheet.addRow([]);
  const r = sheet.rowCount + 1;
  put(
    sheet,
    `A${r}:M${r}`,
    `Ghi chú: Cột (9) "Đúng hạn" gồm cả hồ sơ công dân rút và hồ sơ từ chối, dừng giải quyết (${formatCount(withdrawn)} hồ sơ trong kỳ). ` +
      '(3) = (4) + (5) + (6); (7) = (8) + (9) + (10); (11) = (12) + (13); (3) = (7) + (11).',
    { italic: true, size: 11, align: 'left' },
  );
  sheet.getRow(r).height = 32;
}

/**
 * Writes the statistical form (domain.md §7, Biểu 06/VPCP/KSTT as officers know it) as an
 * XLSX workbook: sheet 1 one row per field and the total row, sheet 2 by procedure within
 * each field. Times New Roman, A4 landscape with the header rows repeated, numbers stored as
 * numbers. The form's identities are checked on every row. Deterministic: the workbook's
 * dates are the period's end, the zip is rewritten with fixed entry dates.
 *
 * @param metrics - the period's figures
 * @param profile - the unit's profile (names of the reporting and receiving units)
 * @param index - the QĐ 766 index: adds its sheet (`addIndexSheet`) when given
 * @returns the .xlsx bytes
 * @throws AnnexIdentityError when the figures break an identity of the form
 */
export async function writeAnnex(
  metrics: Metrics,
  profile: Profile,
  index?: ServiceIndex,
  history: { carriedOver?: CarriedOverMismatch | undefined; recent?: readonly RecentPeriod[] | undefined } = {},
): Promise<Uint8Array> {
  const workbook = await newWorkbook(metrics.period.to, 'Tình hình, kết quả giải quyết TTHC');

  const byField = workbook.addWorksheet('Theo lĩnh vực');
  formHeader(byField, profile, metrics, 'Lĩnh vực giải quyết');
  const rows = annexRows(metrics);
  rows.forEach((row, i) => dataRow(byField, i === rows.length - 1 ? null : i + 1, row, i === rows.length - 1));
  footnote(byField, metrics.resolved.withdrawnOrRejected);
  pageSetup(byField);

  const byProcedure = workbook.addWorksheet('Theo thủ tục');
  formHeader(byProcedure, profile, metrics, 'Lĩnh vực / Thủ tục hành chính');
  const procedureRows = annexRows(
    metrics,
    metrics.byProcedure.map((p) => ({ label: p.procedureCode ? `${p.procedureName} (${p.procedureCode})` : p.procedureName, counts: p })),
  );
  let stt = 0;
  for (const field of rows.slice(0, -1)) {
    dataRow(byProcedure, null, field, true);
    metrics.byProcedure.forEach((p, i) => {
      if (p.field === field.label) dataRow(byProcedure, ++stt, procedureRows[i] as AnnexRow, false);
    });
  }
  if (stt !== metrics.byProcedure.length) {
    throw new AnnexIdentityError(annexIdentityErrors.procedures_without_field, { params: { count: metrics.byProcedure.length - stt } });
  }
  dataRow(byProcedure, null, procedureRows[procedureRows.length - 1] as AnnexRow, true);
  footnote(byProcedure, metrics.resolved.withdrawnOrRejected);
  pageSetup(byProcedure);
  addDataQualitySheet(workbook, metrics, history.carriedOver);
  if (history.recent && history.recent.length > 0) addRecentSheet(workbook, metrics, history.recent);
  if (index) addIndexSheet(workbook, index, profile);

  return workbookBytes(workbook);
}

/**
 * A workbook dated the period's end (never the clock), by tthc-report. exceljs is loaded on the
 * first call, not with the package: it is ~27 MB of resident memory, which a process that only
 * imports and counts (the n8n nodes are all loaded when n8n starts) should not carry.
 */
export async function newWorkbook(periodEnd: string, title: string): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  const workbook = new exceljs.Workbook();
  const stamp = new Date(toWall(periodEnd));
  workbook.creator = 'tthc-report';
  workbook.lastModifiedBy = 'tthc-report';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = title;
  return workbook;
}

/**
 * The workbook's bytes, the same for the same contents: re-zipped with fixed entry dates, the
 * default font Times New Roman, the style elements in schema order.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  return rezipDeterministic(buffer, (path, data) => {
    // exceljs's default font (empty cells, row heights) is Calibri: make it Times New Roman too.
    if (path !== 'xl/styles.xml') return data;
    const styles = decoder.decode(data).replaceAll('<name val="Calibri"/>', `<name val="${FONT}"/>`).replaceAll('<scheme val="minor"/>', '');
    return encoder.encode(stylesInSchemaOrder(styles));
  });
}
