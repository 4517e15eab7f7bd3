import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, tthc } from './_run';

const example = join(import.meta.dirname, '../../../examples/hai-an');

// A city export with three wards, January 2026 (a calendar month). Figures by hand, docs/qd766-index.md §1–2.
const base = { procedureCode: 'F1', procedureName: 'Đăng ký khai sinh', fieldName: 'Hộ tịch', submittedAt: '2026-01-05T08:00:00', receivedAt: '2026-01-05T08:00:00' };
const lines = [
  // Phường A: A1 online open due 05/02 (on time), A2 returned 12/01 due 10/01 (late), A3 direct returned on its due date (on time).
  { ...base, code: 'A1', unit: 'Phường A', channel: 'online', status: 'processing', dueAt: '2026-02-05T17:00:00', applicant: 'Trần Thị Bí Mật' },
  { ...base, code: 'A2', unit: 'Phường A', channel: 'direct', status: 'returned', dueAt: '2026-01-10T17:00:00', returnedAt: '2026-01-12T08:00:00' },
  { ...base, code: 'A3', unit: 'Phường A', procedureCode: 'P1', procedureName: 'Chứng thực bản sao', fieldName: 'Chứng thực', channel: 'direct', status: 'returned', dueAt: '2026-01-10T09:00:00', returnedAt: '2026-01-10T16:00:00' },
  // Phường B: B1 direct open due 20/01 (overdue at 31/01), B2 withdrawn 06/01 due 09/01 (on time).
  { ...base, code: 'B1', unit: 'Phường B', channel: 'direct', status: 'processing', dueAt: '2026-01-20T17:00:00' },
  { ...base, code: 'B2', unit: 'Phường B', channel: 'direct', status: 'withdrawn', dueAt: '2026-01-09T17:00:00', returnedAt: '2026-01-06T08:00:00' },
  // Xã C: C1 online, waiting for a supplement requested 08/01, due 09/01 (on time by its request date).
  { ...base, code: 'C1', unit: 'Xã C', channel: 'online', status: 'supplementRequested', dueAt: '2026-01-09T17:00:00', supplementRequestedAt: '2026-01-08T10:00:00' },
];
const input = `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
// 4 procedures, F1 full, P1 partial, 2 none → A = 2/4 = 0.5 → min(2, 2·0.5/0.8) = 1.25.
const catalog = 'code,name,field,serviceLevel\nF1,Đăng ký khai sinh,Hộ tịch,full\nP1,Chứng thực bản sao,Chứng thực,partial\nN1,Thủ tục N1,Hộ tịch,none\nN2,Thủ tục N2,Hộ tịch,none\n';

// Each test imports and scores real files (the package's generous timeout: no speed assertion).
describe('tthc index', () => {
  const f = files({ 'city.jsonl': input, 'catalog.csv': catalog });
  const args = ['index', '--input', f['city.jsonl']!, '--catalog', f['catalog.csv']!, '--from', '2026-01-01', '--to', '2026-01-31'];

  it('prints the index as JSON, for the city and each ward (hand-checked)', async () => {
    const { code, stdout } = await tthc(...args, '--json');
    expect(code).toBe(0);
    const index = JSON.parse(stdout);
    expect(index).toMatchObject({ period: { from: '2026-01-01', to: '2026-01-31' }, periodKind: 'month', formulaVersion: 'tthc-qd766-estimate-v1', warnings: [] });
    expect(Object.keys(index.groups)).toEqual(['progress', 'online', 'payment', 'digitization', 'transparency', 'satisfaction']);
    // City: 6 received, not on time A2 and B1 → 20 × 4/6 = 13.33.
    // Online: C = 2 online / 6 = 0.3333 → 6·0.3333/0.5 = 4; B = F1 used of {F1, P1} = 0.5 → 2; A 1.25 → 7.25.
    expect(index.groups.progress).toMatchObject({ score: 13.33, received: 6, onTime: 4 });
    expect(index.groups.online).toMatchObject({ score: 7.25, A: 0.5, B: 0.5, C: 0.3333 });
    expect(index.groups.progress.lost.map((l: { code: string; reason: string }) => [l.code, l.reason])).toEqual([
      ['A2', 'late'],
      ['B1', 'overdue_open'],
    ]);
    // Ward by ward: A 2/3 on time → 13.33, online C 1/3 → 4, B 1/2 → 2, A 1.25 → 7.25.
    // B 1/2 → 10, online C 0 → 0, B 0 → 0, A 1.25 → 1.25. C 1/1 → 20, online C 1 → 6, B 1/2 → 2, A 1.25 → 9.25.
    const byUnit = index.byUnit.map((u: any) => [u.unit, u.groups.progress.score, u.groups.online.score, u.groups.progress.lost.length]);
    expect(byUnit).toEqual([
      ['Phường A', 13.33, 7.25, 1],
      ['Phường B', 10, 1.25, 1],
      ['Xã C', 20, 9.25, 0],
    ]);
    expect(index.groups.transparency).toMatchObject({ score: null, computable: false });
    expect(index.groups.transparency.reason.vi).toBeTruthy();
    expect(index.grade).toBeNull();
  });

  it('prints a Vietnamese summary without --json, with the dossiers that lost points and no personal data', async () => {
    const { code, stdout, stderr } = await tthc(...args);
    expect(code).toBe(0);
    expect(stdout).toContain('Kỳ: từ 01/01/2026 đến 31/01/2026 (tháng)');
    expect(stdout).toContain('- Tiến độ giải quyết: 13,33/20');
    expect(stdout).toContain('- Dịch vụ công trực tuyến: 7,25/12');
    expect(stdout).toMatch(/Công khai, minh bạch \(18 điểm\): không tính được/);
    expect(stdout).toContain('A2 — Đăng ký khai sinh (Hộ tịch): giải quyết quá hạn — Phường A');
    expect(stdout).toContain('B1 — Đăng ký khai sinh (Hộ tịch): đang giải quyết quá hạn — Phường B');
    expect(stdout).toContain('Phường B: ');
    expect(stdout + stderr).not.toContain('Bí Mật');
    expect(stderr).toContain('đọc 6 = nhận 6 + loại 0 + bỏ qua 0');
  });

  it('computes a period that is not a calendar month, quarter or year, with a warning', async () => {
    const { code, stdout } = await tthc('index', '--input', f['city.jsonl']!, '--from', '2025-12-25', '--to', '2026-01-07', '--json');
    expect(code).toBe(0);
    const index = JSON.parse(stdout);
    expect(index.periodKind).toBeNull();
    expect(index.warnings[0].code).toBe('non_standard_period');
    expect((await tthc('index', '--input', f['city.jsonl']!, '--from', '2025-12-25', '--to', '2026-01-07')).stdout).toContain('Lưu ý: kỳ không phải tháng');
  });

  it('scores the online group with the split --online-split gives, and says which split in both languages', async () => {
    const json = JSON.parse((await tthc(...args, '--online-split', '3,4,5', '--json')).stdout);
    // City: A 0.5 → min(3, 3·0.5/0.8) = 1.875; B 0.5 → 4·0.5 = 2; C 1/3 → min(5, 5·(1/3)/0.5) = 3.3333; 7.2083 → 7.21 (7.25 with 2 + 4 + 6).
    expect(json.groups.online).toMatchObject({ score: 7.21, A: 0.5, B: 0.5, C: 0.3333 });
    expect(json.assumptions.onlineSplit).toEqual({ name: 'split-3-4-5', version: 1, points: [3, 4, 5], status: 'hypothesis' });
    // Ward A alike: 1.875 + 2 + 3.3333 = 7.21; its entry records the split too.
    expect(json.byUnit[0].groups.online).toMatchObject({ score: 7.21, assumptions: { onlineSplit: { name: 'split-3-4-5' } } });
    const { stdout } = await tthc(...args, '--online-split', '3 + 4 + 5');
    expect(stdout).toContain('- Dịch vụ công trực tuyến: 7,21/12\n  Giả định: Nhóm Dịch vụ công trực tuyến: 12 điểm chia cho các chỉ tiêu A, B, C là 3 + 4 + 5 điểm theo giả định split-3-4-5 (phiên bản 1); cách chia này chưa được công bố chính thức, chỉ là giả thuyết.\n');
    expect(stdout).toContain('  Assumption: Online services: the 12 points are split 3 + 4 + 5 across A, B, C by the assumption split-3-4-5 (version 1); the split is not published, only a hypothesis.\n');
    // Without the option: the default, stated as well.
    expect((await tthc(...args)).stdout).toContain('là 2 + 4 + 6 điểm theo giả định split-2-4-6 (phiên bản 1)');
    const wrong = await tthc(...args, '--online-split', '3,4,4');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('3, 4, 4');
    expect(wrong.stderr).toContain('adding up to 12');
  });

  it('exits 1 on bad input and 2 on usage errors, as the other commands', async () => {
    const reversed = await tthc('index', '--input', f['city.jsonl']!, '--from', '2026-01-31', '--to', '2026-01-01');
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).not.toMatch(/\n\s+at /);
    expect((await tthc('index', '--input', '/nonexistent/x.jsonl', '--from', '2026-01-01', '--to', '2026-01-31')).code).toBe(1);
    expect((await tthc('index', '--from', '2026-01-01', '--to', '2026-01-31')).code).toBe(2);
    expect((await tthc('index', '--input', f['city.jsonl']!, '--from', '2026-01-01')).code).toBe(2);
    expect((await tthc('index', '--bogus')).code).toBe(2);
    expect((await tthc('index', '--help')).code).toBe(0);
  });

  it('adds the index section to `tthc report` when the profile turns serviceIndex on', async () => {
    const profile = `${readFileSync(join(example, 'profile.yaml'), 'utf8')}\nserviceIndex: true\n`;
    const g = files({ 'profile.yaml': profile });
    const out = join(g['profile.yaml']!, '..', 'out');
    const { code } = await tthc('report', '--input', f['city.jsonl']!, '--catalog', f['catalog.csv']!, '--profile', g['profile.yaml']!, '--from', '2026-01-01', '--to', '2026-01-31', '--out', out, '--format', 'md');
    expect(code).toBe(0);
    const md = readFileSync(join(out, readdirSync(out)[0]!), 'utf8');
    expect(md).toMatch(/Tiến độ giải quyết: \*\*13,33\*\*\/20 điểm/);
    expect(md).toContain('Đăng ký khai sinh: 01 hồ sơ giải quyết quá hạn; Đăng ký khai sinh: 01 hồ sơ đang giải quyết quá hạn');
  });

  it("shows in the root README the example ward's real figures", async () => {
    const readme = readFileSync(join(example, '..', '..', 'README.md'), 'utf8');
    const block = /<!-- index-example:start -->\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeTruthy();
    const { stdout } = await tthc('index', '--input', join(example, 'dossiers.jsonl'), '--catalog', join(example, 'catalog.csv'), '--from', '2025-12-01', '--to', '2025-12-31');
    const printed = stdout.split('\n');
    for (const line of block!.trimEnd().split('\n')) expect(printed).toContain(line);
  });

  it('counts in progress exactly the received.total of `tthc metrics` on the example ward', async () => {
    const common = ['--input', join(example, 'dossiers.jsonl'), '--catalog', join(example, 'catalog.csv'), '--from', '2025-12-25', '--to', '2026-01-07', '--json'];
    const metrics = JSON.parse((await tthc('metrics', ...common)).stdout);
    const index = JSON.parse((await tthc('index', ...common)).stdout);
    expect(index.groups.progress.received).toBe(metrics.received.total); // 325, the seed's figure
    expect(index.groups.online.receivedNew).toBe(metrics.received.new.total);
    expect(index.groups.online.receivedOnline).toBe(metrics.received.new.online);
    expect(index.groups.online.proceduresWithOnlineDossiers).toBe(metrics.onlineServices.full.procedures + metrics.onlineServices.partial.procedures);
  });
});
