import { type Metrics, type OnlineServiceLevelFigures, type ReportPeriod, emptyCounts, percent } from '@tthc/core';
import type ExcelJS from 'exceljs';
import { formatCount } from '../format/formatCount';
import { formatShortDate } from '../format/dates';
import { type AnnexRow, annexValues, checkAnnexRow } from '../model/annexRows';
import { type ComparedPeriod, comparisonSection } from '../model/comparisonSection';
import { FONT, dataRow, formHeader, newWorkbook, pageSetup, put, thin, workbookBytes } from './writeAnnex';

/** One ward of the summary: the name printed (its profile's unit name), its figures, and its previous period's when its history holds them. */
export interface SummaryWard {
  name: string;
  metrics: Metrics;
  previous?: ComparedPeriod;
}

export interface UnitsSummaryInput {
  period: ReportPeriod;
  /** The wards reported, in the units table's order. */
  wards: readonly SummaryWard[];
  /** Units of the data that the units table does not list, with the dossiers counted for each. */
  unlisted: ReadonlyArray<{ unit: string; received: number }>;
  /** Units of the table that no dossier of the data names. */
  absent: readonly string[];
  /** Printed as "Đơn vị nhận báo cáo" (the wards' recipient when they share one). */
  recipient: string;
}

/** The summary's rows of the form: one per ward, then the total (the column sums), every identity checked. */
export function summaryRows(wards: readonly SummaryWard[]): AnnexRow[] {
  const rows: AnnexRow[] = wards.map((w) => ({ label: w.name, values: annexValues(w.metrics) }));
  const sums = annexValues(emptyCounts()).map((_, i) => rows.reduce((s, r) => s + (r.values[i] as number), 0));
  const total: AnnexRow = { label: 'Tổng số', values: sums as AnnexRow['values'] };
  for (const row of [...rows, total]) checkAnnexRow(row);
  return [...rows, total];
}

/**
 * The online-service figures of the whole table: the distinct procedures with an online dossier
 * in any ward (the union of the wards' procedure codes), over the catalog's procedures of the
 * level when every ward was counted against the same number, else `null`.
 */
export function combinedOnlineFigures(levels: readonly OnlineServiceLevelFigures[]): OnlineServiceLevelFigures {
  const codes = [...new Set(levels.flatMap((l) => l.procedureCodes))].sort();
  const catalogs = new Set(levels.map((l) => l.catalogProcedures));
  const catalogProcedures = catalogs.size === 1 ? ([...catalogs][0] ?? null) : null;
  return { procedures: codes.length, procedureCodes: codes, catalogProcedures, rate: percent(codes.length, catalogProcedures) };
}

/**
 * The sheet "So với kỳ trước": each ward's main figures beside its previous period's, from its
 * history, and how they changed (section IV's wording, `comparisonSection`); a ward with none stored says so.
 */
function previousSheet(workbook: ExcelJS.Workbook, input: UnitsSummaryInput): void {
  const sheet = workbook.addWorksheet('So với kỳ trước');
  const heading = sheet.addRow(['STT', 'Đơn vị', 'Kỳ trước', 'Tiếp nhận', 'Tiếp nhận kỳ trước', 'Đã giải quyết', 'Đã giải quyết kỳ trước', 'Thay đổi']);
  styleRow(heading, true, () => undefined);
  input.wards.forEach((w, i) => {
    const p = w.previous;
    const changes = p ? comparisonSection(w.metrics, p).text : 'chưa có số liệu kỳ trước trong lịch sử';
    const row = sheet.addRow([
      i + 1,
      w.name,
      p ? `${formatShortDate(p.period.from)} - ${formatShortDate(p.period.to)}` : '',
      w.metrics.received.total,
      p ? p.figures.received.total : '',
      w.metrics.resolved.total,
      p ? p.figures.resolved.total : '',
      changes,
    ]);
    styleRow(row, false, () => undefined);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.columns = [{ width: 6 }, { width: 36 }, { width: 22 }, { width: 12 }, { width: 14 }, { width: 14 }, { width: 16 }, { width: 90 }];
}

/** A note under a sheet's table: a blank row, then the text merged across columns A to `lastColumn`. */
function note(sheet: ExcelJS.Worksheet, lastColumn: string, text: string): void {
  sheet.addRow([]);
  const r = sheet.rowCount + 1;
  put(sheet, `A${r}:${lastColumn}${r}`, text, { italic: true, size: 11, align: 'left' });
  sheet.getRow(r).height = 32;
}

function styleRow(row: ExcelJS.Row, bold: boolean, numFmt: (col: number) => string | undefined): void {
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.font = { name: FONT, size: 12, bold };
    cell.border = thin;
    cell.alignment = { horizontal: col === 2 ? 'left' : 'center', vertical: 'middle', wrapText: col === 2 };
    const fmt = numFmt(col);
    if (fmt) cell.numFmt = fmt;
  });
}

function onlineSheet(workbook: ExcelJS.Workbook, input: UnitsSummaryInput): void {
  const sheet = workbook.addWorksheet('DVC trực tuyến');
  const periodLine = `Kỳ báo cáo: từ ngày ${formatShortDate(input.period.from)} đến ngày ${formatShortDate(input.period.to)}`;
  put(sheet, 'A1:H1', 'DỊCH VỤ CÔNG TRỰC TUYẾN PHÁT SINH HỒ SƠ THEO ĐƠN VỊ', { bold: true, size: 14 });
  put(sheet, 'A2:H2', periodLine, { italic: true, size: 13 });
  const headers: Array<[string, string]> = [
    ['A4:A5', 'STT'],
    ['B4:B5', 'Đơn vị'],
    ['C4:E4', 'Dịch vụ công trực tuyến toàn trình'],
    ['F4:H4', 'Dịch vụ công trực tuyến một phần'],
    ['C5', 'Số TTHC phát sinh hồ sơ trực tuyến'],
    ['D5', 'Số TTHC của mức độ trong danh mục'],
    ['E5', 'Tỷ lệ (%)'],
    ['F5', 'Số TTHC phát sinh hồ sơ trực tuyến'],
    ['G5', 'Số TTHC của mức độ trong danh mục'],
    ['H5', 'Tỷ lệ (%)'],
  ];
  for (const [range, text] of headers) put(sheet, range, text, { bold: true, size: 11 });
  sheet.getRow(5).height = 48;
  for (let r = 4; r <= 5; r++) for (let c = 1; c <= 8; c++) sheet.getRow(r).getCell(c).border = thin;
  const cells = (l: OnlineServiceLevelFigures) => [l.procedures, l.catalogProcedures, l.rate];
  const fmt = (col: number) => (col === 5 || col === 8 ? '0.00' : col >= 3 ? '#,##0' : undefined);
  input.wards.forEach((w, i) => {
    const { full, partial } = w.metrics.onlineServices;
    styleRow(sheet.addRow([i + 1, w.name, ...cells(full), ...cells(partial)]), false, fmt);
  });
  const full = combinedOnlineFigures(input.wards.map((w) => w.metrics.onlineServices.full));
  const partial = combinedOnlineFigures(input.wards.map((w) => w.metrics.onlineServices.partial));
  styleRow(sheet.addRow([null, 'Tổng số (thủ tục khác nhau)', ...cells(full), ...cells(partial)]), true, fmt);
  note(
    sheet,
    'H',
    'Ghi chú: một TTHC được tính khi có ít nhất một hồ sơ trực tuyến tiếp nhận mới trong kỳ; dòng Tổng số đếm mỗi thủ tục một lần dù phát sinh ở nhiều đơn vị. ' +
      'Ô trống: không có danh mục TTHC để tính tỷ lệ.',
  );
  sheet.columns = [{ width: 6 }, { width: 40 }, ...Array.from({ length: 6 }, () => ({ width: 14 }))];
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

function matchingSheet(workbook: ExcelJS.Workbook, input: UnitsSummaryInput): void {
  const sheet = workbook.addWorksheet('Đối chiếu đơn vị');
  put(sheet, 'A1:C1', 'ĐỐI CHIẾU ĐƠN VỊ GIỮA DỮ LIỆU VÀ BẢNG ĐƠN VỊ', { bold: true, size: 14 });
  const block = (title: string, header: string[], rows: Array<Array<string | number>>) => {
    sheet.addRow([]);
    const t = sheet.rowCount + 1;
    put(sheet, `A${t}:C${t}`, title, { bold: true, align: 'left' });
    sheet.getRow(t).height = 32;
    const heading = sheet.addRow(header);
    styleRow(heading, true, () => undefined);
    heading.eachCell((cell) => (cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }));
    heading.height = 32;
    if (rows.length === 0) styleRow(sheet.addRow([null, 'Không có', null]), false, () => undefined);
    for (const row of rows) styleRow(sheet.addRow(row), false, (col) => (col === 3 ? '#,##0' : undefined));
  };
  block(
    `Đơn vị có trong dữ liệu nhưng không có trong bảng đơn vị: ${input.unlisted.length} (không lập báo cáo)`,
    ['STT', 'Đơn vị (như trong dữ liệu)', 'Số hồ sơ nhận giải quyết trong kỳ'],
    input.unlisted.map((u, i) => [i + 1, u.unit, u.received]),
  );
  block(
    `Đơn vị trong bảng đơn vị nhưng không có hồ sơ nào trong dữ liệu: ${input.absent.length} (không lập báo cáo)`,
    ['STT', 'Đơn vị (như trong bảng đơn vị)', ''],
    input.absent.map((u, i) => [i + 1, u, '']),
  );
  sheet.columns = [{ width: 6 }, { width: 56 }, { width: 24 }];
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

/**
 * Writes the summary of a units table's wards (`tong-hop-<from>-<to>.xlsx`): sheet 1 the
 * statistical form (domain.md §7) with one row per ward and the total row, sheet 2 each ward's
 * online-service figures, sheet 3 the units of the data missing from the table and the units
 * of the table missing from the data. Deterministic, like the annex.
 *
 * @param input - see {@link UnitsSummaryInput}
 * @returns the .xlsx bytes
 * @throws AnnexIdentityError when a ward's figures break an identity of the form
 */
export async function writeUnitsSummary(input: UnitsSummaryInput): Promise<Uint8Array> {
  const workbook = await newWorkbook(input.period.to, 'Tổng hợp tình hình, kết quả giải quyết TTHC theo đơn vị');
  const form = workbook.addWorksheet('Tổng hợp theo đơn vị');
  const reporter = `Tổng hợp ${formatCount(input.wards.length)} đơn vị cấp xã`;
  formHeader(form, { agency: { parent: null, name: [reporter] }, reportRecipient: input.recipient }, input, 'Đơn vị');
  const rows = summaryRows(input.wards);
  rows.forEach((row, i) => dataRow(form, i === rows.length - 1 ? null : i + 1, row, i === rows.length - 1));
  note(
    form,
    'M',
    'Ghi chú: Cột (9) "Đúng hạn" gồm cả hồ sơ công dân rút và hồ sơ từ chối, dừng giải quyết. Dòng Tổng số là tổng các đơn vị. ' +
      `Đơn vị có trong dữ liệu nhưng không có trong bảng đơn vị: ${input.unlisted.length}; đơn vị trong bảng nhưng không có hồ sơ: ${input.absent.length} (xem trang "Đối chiếu đơn vị").`,
  );
  pageSetup(form);
  onlineSheet(workbook, input);
  matchingSheet(workbook, input);
  if (input.wards.some((w) => w.previous)) previousSheet(workbook, input);
  return workbookBytes(workbook);
}
