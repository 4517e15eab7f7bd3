import type { Metrics } from '@tthc/core';
import type ExcelJS from 'exceljs';
import { formatShortDate } from '../format/dates';
import type { ComparedPeriod } from '../model/comparisonSection';

const FONT = 'Times New Roman';

/** The columns of the sheet: a heading and what it reads of a period's figures. */
const COLUMNS: ReadonlyArray<readonly [string, (m: Metrics) => number | string]> = [
  ['Tiếp nhận', (m) => m.received.total],
  ['Đã giải quyết', (m) => m.resolved.total],
  ['Đúng hạn, trước hạn', (m) => m.resolved.early + m.resolved.onTime],
  ['Quá hạn (đã giải quyết)', (m) => m.resolved.late],
  ['Quá hạn đang xử lý', (m) => m.inProgress.overdue],
  ['Tỷ lệ trực tuyến (%)', (m) => m.onlineDossierRate ?? ''],
  ['Tỷ lệ đúng hạn (%)', (m) => m.onTimeRate ?? ''],
];

/**
 * Adds the sheet "Các kỳ trước": the unit's last periods of the same kind from its history,
 * oldest first, then this period, one row each with its main figures (domain.md §7).
 *
 * @param workbook - the annex being written
 * @param metrics - this period's figures
 * @param recent - the earlier periods' (a report run with a history gives up to 12)
 */
export function addRecentSheet(workbook: ExcelJS.Workbook, metrics: Metrics, recent: readonly ComparedPeriod[]): void {
  const sheet = workbook.addWorksheet('Các kỳ trước');
  sheet.columns = [{ width: 26 }, ...COLUMNS.map(() => ({ width: 14 }))];
  const heading = sheet.addRow(['Kỳ báo cáo', ...COLUMNS.map(([name]) => name)]);
  heading.font = { name: FONT, size: 12, bold: true };
  heading.alignment = { vertical: 'middle', wrapText: true };
  const periods = [...recent, { period: metrics.period, figures: metrics }];
  periods.forEach((p, i) => {
    const label = `${formatShortDate(p.period.from)} - ${formatShortDate(p.period.to)}${i === periods.length - 1 ? ' (kỳ này)' : ''}`;
    const row = sheet.addRow([label, ...COLUMNS.map(([, value]) => value(p.figures))]);
    row.font = { name: FONT, size: 12, bold: i === periods.length - 1 };
  });
}
