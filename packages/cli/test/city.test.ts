import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Dossier, computeMetrics, computeServiceIndex, parseDossier } from '@tthc/core';
import { readCatalog } from '@tthc/import';
import { formatPoints, parseProfile, renderReport, renderUnitReports, reportFileName } from '@tthc/render';
import { tthc } from './_run';

// examples/city: one export of the city's one-stop system holding three wards of units.csv, one
// unit that units.csv does not list (Kiến An) and no dossier of the fourth ward (Đồ Sơn).
const city = join(import.meta.dirname, '../../../examples/city');
const catalogPath = join(import.meta.dirname, '../../../examples/hai-an/catalog.csv');
const period = { from: '2025-12-25', to: '2026-01-07' } as const;
/** The wards by the id that starts their dossier codes (examples/city/generate-city.ts), not by name. */
const wards = [
  { id: '000.31.12.H26', unit: 'UBND phường Lê Chân', profile: 'le-chan.yaml', file: 'phuong-le-chan' },
  { id: '000.32.12.H26', unit: 'UBND Phường Ngô Quyền', profile: 'ngo-quyen.yaml', file: 'phuong-ngo-quyen' },
  { id: '000.33.12.H26', unit: 'UBND phường Hồng Bàng', profile: 'hong-bang.yaml', file: 'phuong-hong-bang' },
];
const canonical: Dossier[] = readFileSync(join(city, 'dossiers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => parseDossier(JSON.parse(l)));

const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const args = (out: string) => [
  'report', '--input', join(city, 'one-stop.xlsx'), '--catalog', catalogPath, '--units', join(city, 'units.csv'),
  '--from', period.from, '--to', period.to, '--out', out,
];
const runs: Promise<{ out: string; code: number; stdout: string; stderr: string }>[] = [];
/** `tthc report --units` on the example city, run once per index and shared by the tests. */
const cityRun = (i: number) => {
  runs[i] ??= (async () => {
    const out = tempDir('tthc-city-');
    return { out, ...(await tthc(...args(out))) };
  })();
  return runs[i];
};

describe('tthc report --units on the example city', () => {
  it('writes every ward its own report set and the summary, and names the unmatched units on stderr (exit 0)', async () => {
    const { out, code, stdout, stderr } = await cityRun(0);
    expect(code).toBe(0);
    const expected = [
      ...wards.flatMap((w) => ['docx', 'html', 'md', 'xlsx'].map((ext) => reportFileName(w.file, period, ext))),
      'tong-hop-2025-12-25-2026-01-07.xlsx',
    ].sort();
    expect(readdirSync(out).sort()).toEqual(expected);
    expect(stdout).toContain('3 đơn vị');
    expect(stderr).toMatch(/"UBND phường Kiến An" có trong dữ liệu .* không có trong bảng đơn vị/);
    expect(stderr).toMatch(/"UBND phường Đồ Sơn" có trong bảng đơn vị nhưng không có hồ sơ/);
    expect(stderr).toContain('not in the units table');
  });

  it('gives each ward the figures of its own dossiers: the same files as its own report of those dossiers alone', async () => {
    const { out } = await cityRun(0);
    const catalog = await readCatalog(catalogPath);
    for (const w of wards) {
      const own = canonical.filter((d) => d.code.startsWith(`${w.id}-`));
      expect(own.length).toBeGreaterThan(50);
      const metrics = computeMetrics(own, { period, catalog });
      const profilePath = join(city, 'profiles', w.profile);
      const profile = parseProfile(readFileSync(profilePath, 'utf8'), profilePath);
      const alone = await renderReport({ metrics, profile, formats: ['xlsx', 'md'] });
      expect(readFileSync(join(out, reportFileName(w.file, period, 'xlsx'))).equals(Buffer.from(alone.xlsx as Uint8Array))).toBe(true);
      const md = readFileSync(join(out, reportFileName(w.file, period, 'md')), 'utf8');
      expect(md).toBe(alone.md);
      expect(md).toContain(profile.signer.name);
      expect(md).toContain(`Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: ${String(metrics.received.total).padStart(2, '0')} hồ sơ.`);
    }
    // The wards differ: the export's units are not mixed up.
    const totals = wards.map((w) => computeMetrics(canonical.filter((d) => d.code.startsWith(`${w.id}-`)), { period }).received.total);
    expect(new Set(totals).size).toBe(3);
  });

  it('writes the summary of independently computed ward figures, byte for byte', async () => {
    const { out } = await cityRun(0);
    const catalog = await readCatalog(catalogPath);
    const byPrefix = (id: string) => canonical.filter((d) => d.code.startsWith(`${id}-`));
    const metricsByUnit = [
      ...wards.map((w) => ({ unit: w.unit, metrics: computeMetrics(byPrefix(w.id), { period, catalog }) })),
      { unit: 'UBND phường Kiến An', metrics: computeMetrics(byPrefix('000.34.12.H26'), { period, catalog }) },
    ];
    const units = [...wards, { unit: 'UBND phường Đồ Sơn', profile: 'do-son.yaml' }].map((w) => {
      const path = join(city, 'profiles', w.profile);
      return { unit: w.unit, profile: parseProfile(readFileSync(path, 'utf8'), path) };
    });
    const expected = await renderUnitReports({ metricsByUnit, units, formats: ['md'] });
    expect(expected.absent).toEqual(['UBND phường Đồ Sơn']);
    expect(expected.unlisted.map((u) => u.unit)).toEqual(['UBND phường Kiến An']);
    expect(readFileSync(join(out, expected.summary.name)).equals(Buffer.from(expected.summary.content as Uint8Array))).toBe(true);
  });

  it('writes byte-identical files on a second run', async () => {
    const [first, second] = await Promise.all([cityRun(0), cityRun(1)]);
    const names = readdirSync(first.out).sort();
    expect(readdirSync(second.out).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(second.out, name)).equals(readFileSync(join(first.out, name)))).toBe(true);
  });

  it('refuses --units with --profile or --notes (usage error, exit 2)', async () => {
    const out = tempDir('tthc-city-usage-');
    for (const extra of [['--profile', join(city, 'profiles', 'le-chan.yaml')], ['--notes', join(city, 'units.csv')]]) {
      const { code, stderr } = await tthc(...args(out), ...extra);
      expect(code).toBe(2);
      expect(stderr).toContain('--units');
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('names the file and line of a bad units table', async () => {
    const dir = tempDir('tthc-city-bad-');
    writeFileSync(join(dir, 'units.csv'), 'unit,profile\nUBND phường Lê Chân,a.yaml\nUBND PHƯỜNG LÊ CHÂN,b.yaml\n');
    const { code, stderr } = await tthc(
      'report', '--input', join(city, 'one-stop.xlsx'), '--units', join(dir, 'units.csv'), '--from', period.from, '--to', period.to, '--out', dir,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/units\.csv, dòng 3: đơn vị "UBND PHƯỜNG LÊ CHÂN" đã có ở dòng 2/);
  });
});

describe('tthc report --units with the QĐ 766 section turned on in the profiles', () => {
  it("renders each ward's own index in its report (computed from that ward's dossiers alone)", async () => {
    const dir = tempDir('tthc-city-index-');
    for (const name of ['le-chan', 'ngo-quyen', 'hong-bang', 'do-son']) {
      writeFileSync(join(dir, `${name}.yaml`), `${readFileSync(join(city, 'profiles', `${name}.yaml`), 'utf8')}\nserviceIndex: true\n`);
    }
    writeFileSync(join(dir, 'units.csv'), readFileSync(join(city, 'units.csv'), 'utf8').replaceAll('profiles/', ''));
    const month = { from: '2025-12-01', to: '2025-12-31' };
    const out = join(dir, 'out');
    const { code, stderr } = await tthc(
      'report', '--input', join(city, 'one-stop.xlsx'), '--catalog', catalogPath, '--units', join(dir, 'units.csv'),
      '--from', month.from, '--to', month.to, '--out', out, '--format', 'md',
    );
    expect(code, stderr).toBe(0);
    const catalog = await readCatalog(catalogPath);
    for (const ward of wards) {
      const own = canonical.filter((d) => d.code.startsWith(ward.id)).map((d) => ({ ...d, unit: ward.unit }));
      const index = computeServiceIndex(own, { period: month, catalog });
      const md = readFileSync(join(out, reportFileName(ward.file, month, 'md')), 'utf8');
      expect(md).toContain('766');
      expect(md).toContain(formatPoints(index.total));
    }
  });
});

describe('the example city', () => {
  it('is regenerated byte for byte by its deterministic generator', () => {
    const out = tempDir('city-gen-');
    execFileSync(process.execPath, ['--import', 'tsx', join(city, 'generate-city.ts'), out], { encoding: 'utf8' });
    for (const name of ['dossiers.jsonl', 'one-stop.xlsx']) {
      expect(readFileSync(join(out, name)).equals(readFileSync(join(city, name)))).toBe(true);
    }
  });
});
