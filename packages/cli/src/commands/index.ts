import type { Command } from '../io';

/** The sub-commands of `tthc`, loaded on demand so that a command pays only for what it uses. */
export const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  metrics: {
    summary: 'Tính số liệu của kỳ báo cáo / compute the period figures',
    load: async () => (await import('./metrics')).metrics,
  },
  index: {
    summary: 'Ước tính chỉ số QĐ 766 và hồ sơ làm mất điểm / estimate the QĐ 766 index and the dossiers that cost points',
    load: async () => (await import('./index766')).index766,
  },
  import: {
    summary: 'Đọc tệp xuất của các hệ thống thành hồ sơ chuẩn / read system exports into canonical dossiers',
    load: async () => (await import('./import')).importCommand,
  },
  inspect: {
    summary: 'Xem hệ thống đọc tệp xuất thế nào / how an export is read (headings, fields, samples, issues)',
    load: async () => (await import('./inspect')).inspect,
  },
  report: {
    summary: 'Viết báo cáo DOCX/XLSX/MD/HTML / write the report',
    load: async () => (await import('./report')).report,
  },
  sign: {
    summary: 'Ký số báo cáo, phụ lục PDF (PAdES) / sign the report or annex PDF (PAdES)',
    load: async () => (await import('./sign')).sign,
  },
  history: {
    summary: 'Lịch sử số liệu các kỳ của đơn vị / the units\' report history',
    load: async () => (await import('./history')).history,
  },
  period: {
    summary: 'Ngày đầu và cuối của một kỳ / the dates of a preset period',
    load: async () => (await import('./period')).period,
  },
  calendar: {
    summary: 'Âm lịch, ngày nghỉ, ngày làm việc / lunar dates, days off, working days',
    load: async () => (await import('./calendar')).calendar,
  },
};
