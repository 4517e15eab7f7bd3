import { formatViDate, type Metrics, type RowAccounting } from '@tthc/core';

const pad2 = (n: number) => String(n).padStart(2, '0');
const pct = (r: number | null) => (r === null ? 'không tính được' : `${r.toFixed(2).replace('.', ',')}%`);

/** The readable Vietnamese summary that `tthc metrics` prints without `--json`. */
export function formatSummary(m: Metrics): string {
  const lines = [
    `Kỳ báo cáo: từ ${formatViDate(m.period.from)} đến ${formatViDate(m.period.to)}`,
    '',
    `- Số TTHC toàn trình phát sinh hồ sơ trực tuyến: ${pad2(m.onlineServices.full.procedures)} thủ tục (${pct(m.onlineServices.full.rate)}); một phần: ${pad2(m.onlineServices.partial.procedures)} thủ tục (${pct(m.onlineServices.partial.rate)})`,
    `- Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: ${m.received.total} (kỳ trước chuyển qua ${m.received.carriedOver}; mới tiếp nhận ${m.received.new.total}: trực tuyến ${m.received.new.online}, trực tiếp ${m.received.new.direct}, bưu chính ${m.received.new.postal})`,
    `- Đã giải quyết: ${m.resolved.total} (trước hạn ${m.resolved.early}, đúng hạn ${m.resolved.onTime}, quá hạn ${m.resolved.late}, từ chối/rút ${m.resolved.withdrawnOrRejected})`,
    `- Đang giải quyết: ${m.inProgress.total} (trong hạn ${m.inProgress.withinDeadline}, quá hạn ${m.inProgress.overdue}, trong đó tiếp nhận trong kỳ ${m.inProgress.overdueReceivedInPeriod})`,
    `- Hồ sơ chậm được tiếp nhận: ${m.lateReceived}`,
    `- Tỷ lệ hồ sơ trực tuyến: ${pct(m.onlineDossierRate)}; tỷ lệ giải quyết đúng hạn: ${pct(m.onTimeRate)}`,
    '',
    'Theo lĩnh vực:',
    ...m.byField.map(
      (f) => `  ${f.field}: tiếp nhận ${f.received.total}, đã giải quyết ${f.resolved.total}, đang giải quyết ${f.inProgress.total}`,
    ),
    '',
    `Dòng dữ liệu: đọc ${m.rows.read} = nhận ${m.rows.accepted} + loại ${m.rows.rejected} + bỏ qua ${m.rows.skipped}`,
    ...m.rejectedRows.map((r) => `  ✗ ${r.message.vi}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** The row accounting line that `tthc report` prints on stderr. */
export function rowsLine(rows: RowAccounting): string {
  return (
    `Dòng dữ liệu / rows: đọc ${rows.read} = nhận ${rows.accepted} + loại ${rows.rejected} + bỏ qua ${rows.skipped}` +
    (rows.rejected > 0 ? ' (xem / see: tthc metrics --json)' : '') +
    '\n'
  );
}
