import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, tthc } from './_run';

// docs/domain-decisions.md ("What real systems leave out"): an export without "Ngày hẹn trả"; the
// catalog gives 3 working days for K1 and nothing for K2. K1 received Fri 24/4/2026 14:00 → due
// Mon 4/5 14:00 (26/4 Giỗ Tổ, 27/4 its day off, 30/4 and 1/5 holidays; hand count in
// packages/core/test/metrics/dueFromCatalog.test.ts).
const csv = [
  'Số hồ sơ,Mã thủ tục,Tên thủ tục,Trạng thái,Hình thức nộp,Ngày tiếp nhận,Ngày trả kết quả',
  'A,K1,Khai sinh,Đã trả kết quả,Trực tiếp,24/04/2026 14:00,05/05/2026 08:00', // late (due 4/5)
  'B,K1,Khai sinh,Đã trả kết quả,Trực tiếp,24/04/2026 14:00,04/05/2026 16:00', // on time (the due day)
  'C,K2,Chứng thực,Đã trả kết quả,Trực tiếp,24/04/2026 14:00,06/05/2026 08:00', // no time limit: on time
  'D,K1,Khai sinh,Đang xử lý,Trực tiếp,24/04/2026 14:00,', // open, due 4/5, period ends 5/5: overdue
].join('\n');
const catalog = 'code,name,field,serviceLevel,timeLimit\nK1,Khai sinh,Hộ tịch,none,3 ngày làm việc\nK2,Chứng thực,Chứng thực,none,\n';

describe('no due date, a time limit in the catalog', () => {
  const f = files({ 'x.csv': csv, 'catalog.csv': catalog });
  const period = ['--from', '2026-04-01', '--to', '2026-05-06'];

  it('tthc metrics judges against receipt + the time limit and names the assumed due date', async () => {
    const { code, stdout } = await tthc('metrics', '--input', f['x.csv']!, '--catalog', f['catalog.csv']!, ...period, '--json');
    expect(code).toBe(0);
    const m = JSON.parse(stdout);
    expect(m.resolved).toMatchObject({ total: 3, early: 0, onTime: 2, late: 1 });
    expect(m.inProgress).toMatchObject({ total: 1, withinDeadline: 0, overdue: 1 });
    const assumed = m.warnings.filter((w: { field?: string }) => w.field === 'dueAt').map((w: { dossierCode: string; code: string; input?: string }) => [w.dossierCode, w.code, w.input]);
    expect(assumed).toEqual([
      ['A', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['B', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['C', 'assumed_within_deadline', undefined],
      ['D', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
    ]);
  });

  it('gives the same figures from the raw export and from the JSON Lines `tthc import` wrote', async () => {
    const out = join(f['x.csv']!.replace(/x\.csv$/, ''), 'x.jsonl');
    expect((await tthc('import', '--input', f['x.csv']!, '--out', out)).code).toBe(0);
    const figures = async (input: string) => {
      const m = JSON.parse((await tthc('metrics', '--input', input, '--catalog', f['catalog.csv']!, ...period, '--json')).stdout);
      return [m.resolved, m.inProgress, m.onTimeRate];
    };
    expect(await figures(out)).toEqual(await figures(f['x.csv']!));
  });

  it('tthc import --catalog lists the due dates in --rejects as the figures take them; the dossiers keep the export\'s dates', async () => {
    const dir = f['x.csv']!.replace(/x\.csv$/, '');
    const out = join(dir, 'y.jsonl');
    const rejects = join(dir, 'y.csv');
    expect((await tthc('import', '--input', f['x.csv']!, '--catalog', f['catalog.csv']!, '--out', out, '--rejects', rejects)).code).toBe(0);
    const lines = readFileSync(rejects, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const due = lines.filter((l) => l[7] === 'dueAt').map((l) => [l[6], l[5], l[8]]);
    expect(due).toEqual([
      ['A', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['B', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['C', 'assumed_within_deadline', ''],
      ['D', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
    ]);
    expect(readFileSync(out, 'utf8')).not.toContain('dueAt');
  });

  it('tthc report writes the same figures into the report', async () => {
    const out = join(f['x.csv']!.replace(/x\.csv$/, ''), 'report');
    const profile = join(import.meta.dirname, '../../../examples/hai-an/profile.yaml');
    const args = ['report', '--input', f['x.csv']!, '--catalog', f['catalog.csv']!, '--profile', profile, ...period, '--out', out, '--format', 'md'];
    expect((await tthc(...args)).code).toBe(0);
    const md = readFileSync(join(out, 'phuong-hai-an-2026-04-01-2026-05-06.md'), 'utf8');
    expect(md).toContain('Tổng số hồ sơ đã giải quyết 03 hồ sơ, trong đó đúng hạn, trước hạn: 02 hồ sơ');
    expect(md).toContain('Tổng số HS giải quyết quá hạn (đã hoàn thành việc xử lý): 01 hồ sơ.');
    expect(md).toContain('Tổng số hồ sơ giải quyết quá hạn đang xử lý (đối với hồ sơ tiếp nhận trong kỳ báo cáo): 01 hồ sơ.');
  });

  it('without the catalog, counts them on time / within deadline as before', async () => {
    const m = JSON.parse((await tthc('metrics', '--input', f['x.csv']!, ...period, '--json')).stdout);
    expect(m.resolved).toMatchObject({ total: 3, onTime: 3, late: 0 });
    expect(m.inProgress).toMatchObject({ withinDeadline: 1, overdue: 0 });
  });
});
