import { describe, expect, it } from 'vitest';
import { files, tthc } from './_run';

// Period 05/01–09/01/2026. Hand-checked figures below follow domain.md §7.
const lines = [
  // A: carried over (received 29/12), returned 06/01 before its due date 07/01 → early.
  { code: 'A', procedureCode: 'F1', procedureName: 'Đăng ký khai sinh', status: 10, channel: 1, receivedAt: '2025-12-29T08:00:00', dueAt: '2026-01-07T17:00:00', returnedAt: '2026-01-06T09:00:00', applicant: 'Trần Thị Bí Mật' },
  // B: new online, open, due 12/01 → within deadline.
  { code: 'B', procedureCode: 'F1', procedureName: 'Đăng ký khai sinh', status: 'processing', channel: 'online', submittedAt: '2026-01-05T08:00:00', receivedAt: '2026-01-05T09:00:00', dueAt: '2026-01-12T17:00:00' },
  // C: new direct, withdrawn 06/01.
  { code: 'C', procedureCode: 'P1', procedureName: 'Chứng thực bản sao từ bản chính', status: 7, channel: 1, receivedAt: '2026-01-05T10:00:00', dueAt: '2026-01-05T17:00:00', returnedAt: '2026-01-06T08:00:00' },
  // D: new direct, open, due 08/01 → overdue at the end of 09/01; submitted the day before → late-received.
  { code: 'D', procedureCode: 'P1', procedureName: 'Chứng thực bản sao từ bản chính', status: 4, channel: 1, submittedAt: '2026-01-05T16:30:00', receivedAt: '2026-01-06T08:00:00', dueAt: '2026-01-08T17:00:00' },
  // E: rejected row: ended before it was received.
  { code: 'E', procedureName: 'Đăng ký kết hôn', status: 10, channel: 1, receivedAt: '2026-01-06T08:00:00', dueAt: '2026-01-06T17:00:00', returnedAt: '2026-01-05T08:00:00' },
];
const input = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n\n`;
const catalog = 'code,name,field,serviceLevel\nF1,Đăng ký khai sinh,Hộ tịch,full\nF2,Đăng ký kết hôn,Hộ tịch,full\nP1,Chứng thực bản sao từ bản chính,Chứng thực,partial\n';

describe('tthc metrics', () => {
  const f = files({ 'd.jsonl': input, 'catalog.csv': catalog });
  const args = ['metrics', '--input', f['d.jsonl']!, '--catalog', f['catalog.csv']!, '--from', '2026-01-05', '--to', '2026-01-09'];

  it('warns on stderr and in the JSON when the data ends before the period does, and says nothing when it does not', async () => {
    // The latest event date of the data is 06/01 (C and A returned, D and E received): the period runs to 31/01.
    const late = await tthc('metrics', '--input', f['d.jsonl']!, '--from', '2026-01-05', '--to', '2026-01-31', '--json');
    expect(late.code).toBe(0);
    expect(late.stderr).toContain('Dữ liệu chỉ đến ngày 06/01/2026, trước ngày cuối kỳ 31/01/2026');
    expect(JSON.parse(late.stdout).periodWarnings.map((w: { code: string }) => w.code)).toEqual(['data_ends_before_period']);
    const inside = await tthc('metrics', '--input', f['d.jsonl']!, '--from', '2026-01-05', '--to', '2026-01-06', '--json');
    expect(JSON.parse(inside.stdout).periodWarnings).toEqual([]);
    expect(inside.stderr).not.toContain('Dữ liệu chỉ đến');
    const empty = await tthc('metrics', '--input', f['d.jsonl']!, '--from', '2026-02-01', '--to', '2026-02-28');
    expect(empty.stderr).toContain('Không có hồ sơ mới tiếp nhận từ 01/02/2026 đến 28/02/2026');
  });

  it('prints one JSON object with the figures of the period', async () => {
    const { code, stdout } = await tthc(...args, '--json');
    expect(code).toBe(0);
    const m = JSON.parse(stdout);
    expect(m.period).toEqual({ from: '2026-01-05', to: '2026-01-09' });
    expect(m.received).toEqual({ total: 4, carriedOver: 1, new: { total: 3, online: 1, direct: 2, postal: 0 } });
    expect(m.resolved).toEqual({ total: 2, early: 1, onTime: 0, late: 0, withdrawnOrRejected: 1 });
    expect(m.inProgress).toEqual({ total: 2, withinDeadline: 1, overdue: 1, overdueReceivedInPeriod: 1 });
    expect(m.lateReceived).toBe(1);
    expect(m.onlineServices.full).toMatchObject({ procedures: 1, catalogProcedures: 2, rate: 50 });
    expect(m.onlineServices.partial).toMatchObject({ procedures: 0, catalogProcedures: 1, rate: 0 });
    expect(m.onlineDossierRate).toBe(33.33);
    expect(m.onTimeRate).toBe(100);
    expect(m.byField.map((x: { field: string; received: { total: number } }) => [x.field, x.received.total])).toEqual([
      ['Chứng thực', 2],
      ['Hộ tịch', 2],
    ]);
    expect(m.rows).toEqual({ read: 6, accepted: 4, rejected: 1, skipped: 1 });
    expect(m.rejectedRows).toHaveLength(1);
    expect(m.rejectedRows[0]).toMatchObject({ code: 'end_before_received', dossierCode: 'E', path: { row: 5 } });
    expect(m.rejectedRows[0].message.vi).toContain('ngày kết thúc trước ngày tiếp nhận');
  });

  it('never prints personal data', async () => {
    const { stdout } = await tthc(...args, '--json');
    expect(stdout).not.toContain('Bí Mật');
    expect((await tthc(...args)).stdout).not.toContain('Bí Mật');
  });

  it('prints a Vietnamese summary without --json', async () => {
    const { code, stdout } = await tthc(...args);
    expect(code).toBe(0);
    expect(stdout).toContain('Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 4');
    expect(stdout).toContain('đọc 6 = nhận 4 + loại 1 + bỏ qua 1');
  });

  it('exits 1 naming both dates when the period ends before it starts', async () => {
    const { code, stderr } = await tthc('metrics', '--input', f['d.jsonl']!, '--from', '2025-12-25', '--to', '2025-01-07', '--json');
    expect(code).toBe(1);
    expect(stderr).toContain('07/01/2025');
    expect(stderr).toContain('25/12/2025');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 naming a missing input file, without a stack trace', async () => {
    const { code, stderr } = await tthc('metrics', '--input', '/nonexistent/d.jsonl', '--from', '2026-01-05', '--to', '2026-01-09');
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/d.jsonl');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on usage errors', async () => {
    expect((await tthc('metrics', '--from', '2026-01-05', '--to', '2026-01-09')).code).toBe(2);
    expect((await tthc('metrics', '--input', 'x', '--from', '2026-01-05')).code).toBe(2);
    expect((await tthc('metrics', '--bogus')).code).toBe(2);
    expect((await tthc(...args, '--granularity', 'hour')).code).toBe(2);
    expect((await tthc('nonsense')).code).toBe(2);
  });
});
