import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annexRows } from '@tthc/render';
import { report } from '../src/commands/report';
import { runReport } from '@tthc/report';
import { runCommand } from '../src/runCommand';

const example = join(import.meta.dirname, '../../../examples/hai-an');
const base = [
  '--input', join(example, 'dossiers.jsonl'),
  '--catalog', join(example, 'catalog.csv'),
  '--profile', join(example, 'profile.yaml'),
  '--notes', join(example, 'notes-2025-12-25_2026-01-07.yaml'),
  '--from', '2025-12-25',
  '--to', '2026-01-07',
];

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCommand(report, args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-report-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('tthc report', () => {
  it('writes the four formats of the Hải An example, named <unit>-<from>-<to>, and prints where', async () => {
    const out = tempDir();
    const { code, stdout, stderr } = await run(...base, '--out', out);
    expect(stderr).toContain('đọc');
    expect(code).toBe(0);
    const names = ['docx', 'xlsx', 'md', 'html'].map((ext) => `phuong-hai-an-2025-12-25-2026-01-07.${ext}`);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    for (const name of names) expect(stdout).toContain(join(out, name));
    const md = readFileSync(join(out, names[2] as string), 'utf8');
    // Section IV from the example's dossiers: the seed's figures.
    expect(md).toContain('toàn trình phát sinh hồ sơ: **07** thủ tục; một phần: **04** thủ tục.');
    expect(md).toContain('toàn trình: **3,24%**, một phần: **2,48%**.');
    expect(md).toContain('- Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 325 hồ sơ.');
    expect(md).toContain('- Tổng số hồ sơ đã giải quyết 108 hồ sơ, trong đó đúng hạn, trước hạn: 107 hồ sơ; từ chối/rút: 01 hồ sơ.');
    expect(md).toContain('Từ 25/12/2025 đến 07/01/2026, phường không có hồ sơ quá hạn');
    expect(md).toContain('*Hải An, ngày … tháng … năm 2026*');
  });

  it('builds the annex of the example from rows whose identities hold (annexRows checks every row)', async () => {
    const { metrics } = (await runReport({
      inputs: [join(example, 'dossiers.jsonl')],
      catalog: join(example, 'catalog.csv'),
      period: { from: '2025-12-25', to: '2026-01-07' },
    })) as { metrics: NonNullable<Awaited<ReturnType<typeof runReport>>['metrics']> };
    const rows = annexRows(metrics);
    expect(rows).toHaveLength(metrics.byField.length + 1);
    for (const { values: v } of rows) {
      // values[i] is column (i + 3)
      expect(v[0]).toBe(v[1] + v[2] + v[3]);
      expect(v[4]).toBe(v[5] + v[6] + v[7]);
      expect(v[8]).toBe(v[9] + v[10]);
      expect(v[0]).toBe(v[4] + v[8]);
    }
    const total = rows.at(-1);
    expect(total?.label).toBe('Tổng số');
    expect([total?.values[0], total?.values[4], total?.values[8]]).toEqual([325, 108, 217]);
    expect(annexRows(metrics, metrics.byProcedure.map((p) => ({ label: p.procedureName, counts: p })))).toHaveLength(metrics.byProcedure.length + 1);
  });

  it('gives identical bytes when run twice, and never prints applicants’ names', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const first = await run(...base, '--out', a);
    await run(...base, '--out', b);
    for (const name of readdirSync(a)) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name)))).toBe(true);
    const applicant = JSON.parse(readFileSync(join(example, 'dossiers.jsonl'), 'utf8').split('\n')[0] as string).applicant as string;
    expect(applicant).toBeTruthy();
    expect(first.stdout + first.stderr).not.toContain(applicant);
    for (const name of readdirSync(a).filter((n) => /\.(md|html)$/.test(n))) expect(readFileSync(join(a, name), 'utf8')).not.toContain(applicant);
  });

  it('writes only the formats asked for, with the date given', async () => {
    const out = tempDir();
    expect((await run(...base, '--out', out, '--format', 'md,html', '--date', '2026-01-08')).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['phuong-hai-an-2025-12-25-2026-01-07.html', 'phuong-hai-an-2025-12-25-2026-01-07.md']);
    expect(readFileSync(join(out, 'phuong-hai-an-2025-12-25-2026-01-07.md'), 'utf8')).toContain('*Hải An, ngày 08 tháng 01 năm 2026*');
  });

  it('keeps the files inside --out whatever the unit is called', async () => {
    const dir = tempDir();
    const profile = readFileSync(join(example, 'profile.yaml'), 'utf8').replace('name: Phường Hải An', 'name: ../../../tmp/evil');
    writeFileSync(join(dir, 'profile.yaml'), profile);
    const out = join(dir, 'out');
    const args = base.map((a) => (a.endsWith('profile.yaml') ? join(dir, 'profile.yaml') : a));
    expect((await run(...args, '--out', out, '--format', 'md')).code).toBe(0);
    expect(readdirSync(out)).toEqual(['tmp-evil-2025-12-25-2026-01-07.md']);
  });

  it('exits 1 naming the profile file when it is wrong, without a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'unit: { name: X }\n');
    const args = base.map((a) => (a.endsWith('profile.yaml') ? join(dir, 'bad.yaml') : a));
    const { code, stderr } = await run(...args, '--out', dir);
    expect(code).toBe(1);
    expect(stderr).toContain('bad.yaml');
    expect(stderr).toContain('unit.kind');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 naming a template error from --templates', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'closing.hbs'), '<p>{{profile.nothing}}</p>');
    const { code, stderr } = await run(...base, '--out', dir, '--templates', dir);
    expect(code).toBe(1);
    expect(stderr).toContain('missing variable "nothing"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 when an input file is missing, naming it', async () => {
    const { code, stderr } = await run(...base.map((a) => (a.endsWith('notes-2025-12-25_2026-01-07.yaml') ? '/nope/notes.yaml' : a)), '--out', tempDir());
    expect(code).toBe(1);
    expect(stderr).toContain('/nope/notes.yaml');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('--input', 'x.jsonl', '--from', '2025-12-25', '--to', '2026-01-07', '--out', 'o')).code).toBe(2); // no --profile
    expect((await run(...base, '--out', tempDir(), '--format', 'odt')).code).toBe(2);
    expect((await run(...base, '--out', tempDir(), '--date', '08/01/2026')).code).toBe(2);
    expect((await run(...base, '--out', tempDir(), '--bogus')).code).toBe(2);
  });
});
