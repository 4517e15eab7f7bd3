// Small dossier sets whose figures are checked by hand against domain.md §7 (period 05–11/01/2026).
export const period = { from: '2026-01-05', to: '2026-01-11' };

export const dossiers = [
  // resolved on time: returned on 06/01, due 06/01
  { code: 'A1', procedureName: 'Đăng ký khai sinh', unit: 'Phường A', channel: 'direct', status: 'returned', receivedAt: '2026-01-05T08:00', dueAt: '2026-01-06T17:00', returnedAt: '2026-01-06T10:00', applicant: 'Nguyễn Văn A' },
  // open, due 07/01 < 11/01: overdue
  { code: 'A2', procedureName: 'Chứng thực bản sao', unit: 'Phường A', channel: 'online', status: 'processing', receivedAt: '2026-01-05T09:00', dueAt: '2026-01-07T17:00' },
  // withdrawn inside the period
  { code: 'A3', procedureName: 'Đăng ký kết hôn', unit: 'Phường A', channel: 'direct', status: 'withdrawn', receivedAt: '2026-01-06T08:00', finishedAt: '2026-01-06T09:00' },
  // open, due 20/01: within its deadline
  { code: 'A4', procedureName: 'Đăng ký khai tử', unit: 'Phường A', channel: 'postal', status: 'accepted', receivedAt: '2026-01-09T08:00', dueAt: '2026-01-20T17:00' },
];

export const jsonl = (records: readonly object[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
