import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../src/index';

// The report and its annex as PDF, printed by a real LibreOffice, read back by poppler: the seed's
// figures in the text, A4 portrait and landscape, every font embedded, PDF/A-2b, the same bytes
// from the same inputs. CI installs LibreOffice and poppler (TTHC_REQUIRE_SOFFICE=1).

const has = (cmd: string, arg: string): boolean => spawnSync(cmd, [arg], { stdio: 'ignore' }).status === 0;
const available = has('soffice', '--version') && has('pdftotext', '-v');
it.runIf(process.env.TTHC_REQUIRE_SOFFICE === '1')('LibreOffice and poppler are installed where they are required (CI)', () => {
  expect(available).toBe(true);
});

const haiAn = join(import.meta.dirname, '../../../examples/hai-an');
const request = {
  inputs: [join(haiAn, 'dossiers.jsonl')],
  catalog: join(haiAn, 'catalog.csv'),
  period: { from: '2025-12-25', to: '2026-01-07' },
  report: { profile: join(haiAn, 'profile.yaml'), notes: join(haiAn, 'notes-2025-12-25_2026-01-07.yaml') },
  formats: ['pdf' as const, 'md' as const],
};
// Each soffice start costs seconds; on a loaded 2-core machine a conversion took up to 110 s.
const TIMEOUT = 600_000;

describe.runIf(available)('the report as PDF (LibreOffice)', () => {
  it('prints the report and the annex as PDF/A-2b that read back with the seed\u2019s figures, the same bytes twice', async () => {
    const run = await runReport(request);
    const files = run.documents?.files ?? [];
    expect(files.map((f) => f.name)).toEqual([
      'phuong-hai-an-2025-12-25-2026-01-07.pdf',
      'phuong-hai-an-2025-12-25-2026-01-07-phu-luc.pdf',
      'phuong-hai-an-2025-12-25-2026-01-07.md',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'tthc-pdf-'));
    const [report, annex] = files.map((f) => {
      const path = join(dir, f.name);
      writeFileSync(path, f.content);
      return path;
    }) as [string, string];
    const text = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const info = (path: string) => execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(text(report)).toMatch(/Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 325 hồ sơ/);
    expect(text(report)).toMatch(/đã giải quyết 108 hồ sơ/);
    expect(info(report)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(text(annex)).toMatch(/\b325\b/);
    expect(info(annex)).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    for (const path of [report, annex]) {
      const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((line) => / yes +yes +yes /.test(line) || / yes +no +yes /.test(line)), fonts.join('\n')).toBe(true);
      expect(Buffer.from(files.find((f) => path.endsWith(f.name))?.content as Uint8Array).toString('latin1')).toContain('<pdfaid:part>2</pdfaid:part>');
    }
    // Dated from the document's date, else the period's end (here), not the clock: the same bytes again.
    expect(Buffer.from(files[0]?.content as Uint8Array).toString('latin1')).toContain('/CreationDate(D:20260107000000');
    const again = (await runReport(request)).documents?.files ?? [];
    expect(again.map((f, i) => Buffer.from(f.content).equals(Buffer.from(files[i]?.content ?? '')))).toEqual([true, true, true]);
    // Still a well-formed PDF after the dates were set: poppler reads it without a complaint.
    for (const path of [report, annex]) expect(spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stderr).toBe('');
  }, TIMEOUT);

  it('prints every ward of a units table in one LibreOffice run per kind', async () => {
    const run = await runReport({
      inputs: [join(haiAn, '../city/dossiers.jsonl')],
      period: { from: '2025-12-25', to: '2026-01-07' },
      report: { units: join(haiAn, '../city/units.csv') },
      formats: ['pdf'],
    });
    const reports = run.unitReports?.reports ?? [];
    expect(reports.length).toBeGreaterThan(1);
    for (const r of reports) expect(r.files.map((f) => f.name.replace(/^.*-2026-01-07/, ''))).toEqual(['.pdf', '-phu-luc.pdf']);
    expect(Buffer.from(reports[0]?.files[0]?.content as Uint8Array).subarray(0, 5).toString()).toBe('%PDF-');
  }, TIMEOUT);
});
