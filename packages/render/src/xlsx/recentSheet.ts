import { COMPARED_FIGURES, type ComparedFigure, type ComparedValues, type Metrics, type ReportPeriod, comparedValues } from '@tthc/core';
import type ExcelJS from 'exceljs';
import { formatShortDate } from '../format/dates';

const FONT = 'Times New Roman';

/** An earlier period of a unit as its history keeps it: the figures a report compares. */
export interface RecentPeriod {
  period: ReportPeriod;
  values: ComparedValues;
}

/** The sheet's heading of each compared figure (its columns, in the order of `COMPARED_FIGURES`). */
const HEADINGS: Record<ComparedFigure, string> = {
  received: 'Tiếp nhận',
  resolved: 'Đã giải quyết',
  resolvedOnTime: 'Đúng hạn, trước hạn',
  resolvedLate: 'Quá hạn (đã giải quyết)',
  inProgressOverdue: 'Quá hạn đang xử lý',
  onlineDossierRate: 'Tỷ lệ trực tuyến (%)',
  onTimeRate: 'Tỷ lệ đúng hạn (%)',
};

/**
 * Adds the sheet "Các kỳ trước": the unit's last periods of the same kind from its history,
 * oldest first, then this period, one row each with its main figures (domain.md §7).
 *
 * @param workbook - the annex being written
 * @param metrics - this period's figures
 * @param recent - the earlier periods' (a report run with a history gives up to 12)
 */
export function addRecentSheet(workbook: ExcelJS.Workbook, metrics: Metrics, recent: readonly RecentPeriod[]): void {
  const sheet = workbook.addWorksheet('Các kỳ trước');
  sheet.columns = [{ width: 26 }, ...COMPARED_FIGURES.map(() => ({ width: 14 }))];
  const heading = sheet.addRow(['Kỳ báo cáo', ...COMPARED_FIGURES.map((f) => HEADINGS[f])]);
  heading.font = { name: FONT, size: 12, bold: true };
  heading.alignment = { vertical: 'middle', wrapText: true };
  const periods = [...recent, { period: metrics.period, values: comparedValues(metrics) }];
  periods.forEach((p, i) => {
    const label = `${formatShortDate(p.period.from)} - ${formatShortDate(p.period.to)}${i === periods.length - 1 ? ' (kỳ này)' : ''}`;
    const row = sheet.addRow([label, ...COMPARED_FIGURES.map((f) => p.values[f] ?? '')]);
    row.font = { name: FONT, size: 12, bold: i === periods.length - 1 };
  });
}
