import { LocalDate, type Metrics, type ReportPeriod, formatViDate } from '@tthc/core';
import { EmailAddress, type RenderedFile } from '@tthc/render';
import { z } from 'zod';

// The mail that carries a report: who it goes to, its subject and text (Vietnamese: it goes to a
// ward's or a city's office), its attachments, and the key the dispatch ledger records it under.
// Worded here once; the run builds it (`ReportRun.mails`), the n8n Render node passes it on in
// its items, and `dispatchMails` sends it.

/** The ledger's unit of a city summary (no ward is named so: a ward's key is its name). */
export const SUMMARY_UNIT = '(tổng hợp)';

/**
 * A report's mail but its attachments: what an n8n item carries (`json.mail`, its files the
 * item's binaries) from TTHC Render to TTHC Send.
 */
export const ReportMailHead = z.object({
  /** The ledger's unit: the ward's name as the data or the units table writes it, {@link SUMMARY_UNIT} for a summary. */
  unit: z.string().min(1),
  period: z.object({ from: LocalDate, to: LocalDate }),
  /** The report's version (`reportVersion`, `summaryVersion`). */
  version: z.string().regex(/^[0-9a-f]{16}$/),
  /** The addresses (a profile's `emailRecipients`, or the ones the request gives). */
  recipients: z.array(EmailAddress),
  subject: z.string().min(1),
  text: z.string(),
});
export interface ReportMailHead extends z.infer<typeof ReportMailHead> {}

/** One report's mail. */
export interface ReportMail extends ReportMailHead {
  attachments: RenderedFile[];
}

/** The mail without its attachments (an n8n item's `json.mail`). */
export function mailHead(mail: ReportMail): ReportMailHead {
  const { attachments: _files, ...head } = mail;
  return head;
}

const span = (p: ReportPeriod) => `từ ${formatViDate(p.from)} đến ${formatViDate(p.to)}`;

const FOOTER = '\n\nThư này do hệ thống tthc-report gửi tự động; mỗi báo cáo được gửi một lần cho mỗi người nhận.';

/** The mail of one unit's report: its name, its figures in brief, its files attached. */
export function unitReportMail(report: {
  unit: string;
  name: string;
  period: ReportPeriod;
  version: string;
  metrics: Metrics;
  recipients: readonly string[];
  files: readonly RenderedFile[];
}): ReportMail {
  const m = report.metrics;
  const attached = report.files.map((f) => f.name.split('.').pop()?.toUpperCase()).join(', ');
  return {
    unit: report.unit,
    period: report.period,
    version: report.version,
    recipients: [...report.recipients],
    subject: `Báo cáo TTHC ${report.name} ${span(report.period)}`,
    text:
      `Kính gửi lãnh đạo UBND ${report.name},\n\n` +
      `Hệ thống gửi báo cáo tình hình giải quyết thủ tục hành chính ${span(report.period)} (tệp đính kèm: ${attached}).\n\n` +
      `- Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: ${m.received.total}\n` +
      `- Đã giải quyết: ${m.resolved.total}\n` +
      `- Đang giải quyết: ${m.inProgress.total} (quá hạn: ${m.inProgress.overdue})` +
      FOOTER,
    attachments: [...report.files],
  };
}

/** The mail of a city summary: how many wards, the units the table and the data do not share, the summary attached. */
export function summaryMail(summary: {
  period: ReportPeriod;
  version: string;
  wards: number;
  unlisted: readonly { unit: string; received: number }[];
  absent: readonly string[];
  recipients: readonly string[];
  file: RenderedFile;
}): ReportMail {
  const unlisted = summary.unlisted.length
    ? `\n\nĐơn vị có trong dữ liệu nhưng không có trong bảng đơn vị (không lập báo cáo):\n${summary.unlisted.map((u) => `- ${u.unit}: ${u.received} hồ sơ trong kỳ`).join('\n')}`
    : '';
  const absent = summary.absent.length
    ? `\n\nPhường trong bảng đơn vị nhưng không có hồ sơ nào trong dữ liệu (không lập báo cáo):\n${summary.absent.map((u) => `- ${u}`).join('\n')}`
    : '';
  return {
    unit: SUMMARY_UNIT,
    period: summary.period,
    version: summary.version,
    recipients: [...summary.recipients],
    subject: `Tổng hợp kết quả giải quyết TTHC các phường ${span(summary.period)}`,
    text:
      `Kính gửi Văn phòng UBND thành phố,\n\n` +
      `Hệ thống gửi bảng tổng hợp kết quả giải quyết thủ tục hành chính của ${summary.wards} phường ${span(summary.period)} (tệp XLSX đính kèm).` +
      unlisted +
      absent +
      FOOTER,
    attachments: [summary.file],
  };
}
