import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../src/commands/import';
import { runCommand } from '../src/runCommand';
import { files } from './_run';

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(importCommand, args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const ok = { code: 'A-1', procedureName: 'Đăng ký khai sinh', status: 10, channel: 2, receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-05T17:00:00', returnedAt: '2026-01-05T10:00:00', applicant: 'Trần Thị Bí Mật' };
const csv = [
  'DANH SÁCH HỒ SƠ',
  'Số hồ sơ,Tên thủ tục,Trạng thái,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày trả kết quả,Chủ hồ sơ',
  'A-1,Đăng ký khai sinh,Đã trả kết quả,Trực tuyến,05/01/2026 08:00,05/01/2026 17:00,05/01/2026 10:00,Trần Thị Bí Mật',
  'B-2,Chứng thực,Đang ngâm,Trực tiếp,05/01/2026 08:00,05/01/2026 17:00,,Lê Văn Riêng',
  'Tổng số: 2',
].join('\n');

describe('tthc import', () => {
  const f = files({ 'a.jsonl': `${JSON.stringify(ok)}\n\n{"code":"Z-9","applicant":"Trần Thị Bí Mật",\n`, 'b.csv': csv });
  const dir = f['a.jsonl']!.replace(/a\.jsonl$/, '');

  it('writes the canonical dossiers (one per code) and the rejects, and accounts on stderr', async () => {
    const out = join(dir, 'out.jsonl');
    const rejects = join(dir, 'rejects.csv');
    const { code, stdout, stderr } = await run('--input', f['a.jsonl']!, '--input', f['b.csv']!, '--out', out, '--rejects', rejects);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const dossiers = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(dossiers).toEqual([
      { code: 'A-1', procedureName: 'Đăng ký khai sinh', channel: 'online', status: 'returned', receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-05T17:00:00', returnedAt: '2026-01-05T10:00:00' },
    ]);
    const rejected = readFileSync(rejects, 'utf8').split('\n');
    expect(rejected[0]).toBe('\ufeffkind,file,sheet,row,column,code,dossierCode,field,input,expected,message_vi,message_en');
    expect(rejected.slice(1, 3).map((l) => [l.split(',')[0], ...l.split(',').slice(3, 9)])).toEqual([
      ['rejected', '3', '', 'invalid_syntax', '', '', 'invalid JSON at character 45'], // the line itself is never quoted
      ['rejected', '4', 'Trạng thái', 'unknown_status', 'B-2', 'status', 'Đang ngâm'],
    ]);

    expect(stderr).toContain('a.jsonl (canonical, jsonl): đọc 3 dòng = nhận 1 + loại 1 + bỏ qua 1');
    expect(stderr).toContain('b.csv (one-stop, csv): đọc 5 dòng = nhận 1 + loại 1 + bỏ qua 3');
    expect(stderr).toContain('Tổng: đọc 8 = nhận 2 + loại 2 + bỏ qua 4; 1 hồ sơ');
    // Personal data is never printed or written unless asked for.
    for (const text of [stderr, readFileSync(out, 'utf8'), readFileSync(rejects, 'utf8')]) {
      expect(text).not.toContain('Bí Mật');
      expect(text).not.toContain('Riêng');
    }
  });

  it('lists the rows accepted with an assumption as warnings, with their kind', async () => {
    const g = files({ 'w.jsonl': `${JSON.stringify({ ...ok, channel: undefined, dueAt: undefined })}\n` });
    const rejects = join(g['w.jsonl']!.replace(/w\.jsonl$/, ''), 'w.csv');
    expect((await run('--input', g['w.jsonl']!, '--out', join(dir, 'w.jsonl'), '--rejects', rejects)).code).toBe(0);
    const lines = readFileSync(rejects, 'utf8').trim().split('\n').slice(1);
    expect(lines.map((l) => l.split(',').slice(0, 7))).toEqual([
      ['warning', g['w.jsonl'], '', '1', '', 'missing_channel', 'A-1'],
      ['warning', g['w.jsonl'], '', '1', '', 'assumed_within_deadline', 'A-1'],
    ]);
  });

  it('writes to stdout without --out and keeps the applicant when asked', async () => {
    const { code, stdout } = await run('--input', f['a.jsonl']!, '--keep-applicant');
    expect(code).toBe(0);
    expect(JSON.parse(stdout.trim()).applicant).toBe('Trần Thị Bí Mật');
  });

  it('exits 1 on a broken file with a message naming it, and no stack trace', async () => {
    const broken = files({ 'bad.xlsx': 'PK\u0003\u0004 not really a zip' });
    const { code, stderr } = await run('--input', broken['bad.xlsx']!);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.xlsx');
    expect(stderr).toContain('corrupt');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a usage error', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('--input', f['a.jsonl']!, '--bogus')).code).toBe(2);
    const { code, stderr } = await run('--input', f['a.jsonl']!, '--source', 'nowhere');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown --source');
  });
});
