import { describe, expect, it } from 'vitest';
import { inspect } from '../src/commands/inspect';
import { runCommand } from '../src/runCommand';
import { files } from './_run';

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(inspect, args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const csv = [
  'DANH SÁCH HỒ SƠ',
  'Số hồ sơ,Tên thủ tục,Trạng thái,Ngày tiếp nhận,Ngày hẹn trả,Chủ hồ sơ,Ghi chú nội bộ',
  'A-1,Đăng ký khai sinh,Đang xử lý,05/01/2026 08:00,07/01/2026 17:00,Trần Thị Bí Mật,x',
  'B-2,Chứng thực,Đang ngâm,05/01/2026 08:00,05/01/2026 17:00,Lê Văn Riêng,',
].join('\n');

describe('tthc inspect', () => {
  const f = files({ 'ds.csv': csv });

  it('shows the heading row, each heading → field, the ignored headings, samples and issues by kind, no personal data', async () => {
    const { code, stdout } = await run(f['ds.csv']!);
    expect(code).toBe(0);
    expect(stdout).toContain('csv, nguồn one-stop');
    expect(stdout).toContain('Dòng tiêu đề: 2');
    expect(stdout).toContain('"Số hồ sơ" → code');
    expect(stdout).toContain('Cột không đọc: "Ghi chú nội bộ"');
    expect(stdout).toContain('"receivedAt":"2026-01-05T08:00:00"');
    expect(stdout).toContain('Đọc 4 dòng = nhận 1 + loại 1 + bỏ qua 2');
    expect(stdout).toContain('Loại: unknown_status × 1');
    expect(stdout).toContain('Cảnh báo: missing_channel × 1');
    expect(stdout).not.toMatch(/Bí Mật|Riêng/);
  });

  it('--json gives the same as data', async () => {
    const { stdout } = await run(f['ds.csv']!, '--json');
    const [one] = JSON.parse(stdout) as { heading: { columns: { field: string }[] }; samples: object[]; warningsByCode: object }[];
    expect(one?.heading.columns.map((c) => c.field)).toEqual(['code', 'procedureName', 'status', 'receivedAt', 'dueAt', 'applicant']);
    expect(one?.samples).toHaveLength(1);
    expect(one?.warningsByCode).toEqual({ missing_channel: 1 });
    expect(stdout).not.toMatch(/Bí Mật|Riêng/);
  });

  it('exits 2 without a file', async () => {
    expect((await run()).code).toBe(2);
  });
});
