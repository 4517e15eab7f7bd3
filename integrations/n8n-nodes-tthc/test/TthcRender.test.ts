import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseNotes, parseProfile, renderReport } from '@tthc/render';
import { Metrics } from '@tthc/core';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { TthcRender } from '../src/nodes/TthcRender/TthcRender.node';
import { binaryOf, bytesOf, firstItem, mockExecute } from './_lib/mockExecute';

const example = (name: string) => fileURLToPath(new URL(`../../../examples/hai-an/${name}`, import.meta.url));
const profilePath = example('profile.yaml');
const notesPath = example('notes-2025-12-25_2026-01-07.yaml');

/** The seed's period through the TTHC Import and TTHC Metrics nodes, as the weekly workflow runs them. */
async function haiAnMetrics(options: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  const file = { json: {}, binary: { data: binaryOf(readFileSync(example('dossiers.jsonl')), 'dossiers.jsonl') } };
  const dataset = firstItem(
    await new TthcImport().execute.call(
      mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } }),
    ),
  );
  const params = { period: 'custom', from: '2025-12-25', to: '2026-01-07', catalogSource: 'filePath', catalogPath: example('catalog.csv'), options, ...extra };
  return firstItem(await new TthcMetrics().execute.call(mockExecute({ items: [dataset], params })));
}

describe('TTHC Render', () => {
  it("compares with the previous period when TTHC Metrics kept a history (the weekly workflow's), and not without", async () => {
    const history = { history: 'embedded', historyPath: join(mkdtempSync(join(tmpdir(), 'tthc-n8n-render-weekly-')), 'lich-su') };
    await haiAnMetrics({}, { ...history, from: '2025-12-11', to: '2025-12-24' });
    const item = await haiAnMetrics({}, history);
    expect(item.json.history).toMatchObject({ previous: { period: { from: '2025-12-11', to: '2025-12-24' } }, recent: [{ period: { from: '2025-12-11', to: '2025-12-24' } }] });
    const params = { profileSource: 'filePath', profilePath, formats: ['md'], options: {} };
    const out = firstItem(await new TthcRender().execute.call(mockExecute({ items: [item], params })));
    expect(bytesOf(out.binary?.md).toString('utf8')).toContain('So với kỳ trước (11/12/2025 – 24/12/2025): tiếp nhận');
    const { history: _kept, ...plain } = item.json;
    const without = firstItem(await new TthcRender().execute.call(mockExecute({ items: [{ json: plain }], params })));
    expect(bytesOf(without.binary?.md).toString('utf8')).not.toContain('So với');
  });

  it("renders the QĐ 766 section of a profile that asks for it from the index TTHC Metrics adds, and says where to ask when it is missing", async () => {
    const profileJson = JSON.stringify({ ...parseProfile(readFileSync(profilePath, 'utf8'), 'profile.yaml'), serviceIndex: true });
    const params = { profileSource: 'json', profileJson, formats: ['md'], options: {} };
    const without = await haiAnMetrics();
    await expect(new TthcRender().execute.call(mockExecute({ items: [without], params }))).rejects.toThrow(/Include the QĐ 766 Index/);
    const withIndex = await haiAnMetrics({ serviceIndex: true });
    const index = withIndex.json.serviceIndex as { total: number };
    expect(typeof index.total).toBe('number');
    const out = firstItem(await new TthcRender().execute.call(mockExecute({ items: [withIndex], params })));
    const md = bytesOf(out.binary?.md).toString('utf8');
    expect(md).toContain('766');
    expect(md).toContain(index.total.toFixed(2).replace('.', ','));
  });

  it('renders DOCX and XLSX binaries named after the unit and period, byte-identical to renderReport', async () => {
    const metricsItem = await haiAnMetrics();
    const m = metricsItem.json as Record<string, any>;
    // The seed's figures (domain.md §7): 325 received, 108 resolved of which 1 withdrawn/rejected.
    expect(m.received.total).toBe(325);
    expect(m.resolved.total).toBe(108);
    expect(m.resolved.withdrawnOrRejected).toBe(1);
    expect([m.onlineServices.full.procedures, m.onlineServices.partial.procedures]).toEqual([7, 4]);
    expect([m.onlineServices.full.rate, m.onlineServices.partial.rate]).toEqual([3.24, 2.48]);

    const params = { profileSource: 'filePath', profilePath, formats: ['docx', 'xlsx'], options: { notesPath } };
    const out = firstItem(await new TthcRender().execute.call(mockExecute({ items: [metricsItem], params })));
    expect(out.json.files).toEqual({
      docx: 'phuong-hai-an-2025-12-25-2026-01-07.docx',
      xlsx: 'phuong-hai-an-2025-12-25-2026-01-07.xlsx',
    });
    expect(out.binary?.docx?.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(out.pairedItem).toEqual({ item: 0 });

    const direct = await renderReport({
      metrics: Metrics.parse(metricsItem.json),
      profile: parseProfile(readFileSync(profilePath, 'utf8'), 'profile.yaml'),
      notes: parseNotes(readFileSync(notesPath, 'utf8'), 'notes.yaml'),
      formats: ['docx', 'xlsx'],
    });
    expect(bytesOf(out.binary?.docx).equals(Buffer.from(direct.docx!))).toBe(true);
    expect(bytesOf(out.binary?.xlsx).equals(Buffer.from(direct.xlsx!))).toBe(true);
  });

  it('takes the profile from a YAML binary and writes Markdown', async () => {
    const metricsItem = await haiAnMetrics();
    const item = { ...metricsItem, binary: { profile: binaryOf(readFileSync(profilePath), 'profile.yaml') } };
    const params = { profileSource: 'binary', profileBinaryProperty: 'profile', formats: ['md'], options: {} };
    const out = firstItem(await new TthcRender().execute.call(mockExecute({ items: [item], params })));
    const md = bytesOf(out.binary?.md).toString('utf8');
    expect(md).toContain('325');
    expect(md).toContain('3,24');
  });

  it('reports an invalid profile with the library message; continue-on-fail makes it an error item', async () => {
    const metricsItem = await haiAnMetrics();
    const params = { profileSource: 'json', profileJson: '{"unit": {"name": "X"}}', formats: ['md'], options: {} };
    const run = new TthcRender().execute.call(mockExecute({ items: [metricsItem], params }));
    await expect(run).rejects.toThrow(/invalid unit profile profile \(JSON\)/);
    const out = firstItem(await new TthcRender().execute.call(mockExecute({ items: [metricsItem], params, continueOnFail: true })));
    expect(String(out.json.error)).toMatch(/invalid unit profile/);
    expect(out.pairedItem).toEqual({ item: 0 });
  });

  it('refuses an item that is not TTHC Metrics output', async () => {
    const params = { profileSource: 'filePath', profilePath, formats: ['md'], options: {} };
    const run = new TthcRender().execute.call(mockExecute({ items: [{ json: { hello: 1 } }], params }));
    await expect(run).rejects.toThrow(/Item 1 is not the output of a TTHC Metrics node/);
  });
});

describe.runIf(spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0)('TTHC Render as PDF (LibreOffice)', () => {
  it('puts the report and its annex as PDF in the binary fields pdf and pdfAnnex', async () => {
    const item = await haiAnMetrics();
    const params = { profileSource: 'filePath', profilePath, formats: ['pdf'], options: {} };
    const out = firstItem(await new TthcRender().execute.call(mockExecute({ items: [item], params })));
    expect(Object.keys(out.binary ?? {})).toEqual(['pdf', 'pdfAnnex']);
    expect(out.binary?.pdf).toMatchObject({ fileName: 'phuong-hai-an-2025-12-25-2026-01-07.pdf', mimeType: 'application/pdf' });
    expect(out.binary?.pdfAnnex).toMatchObject({ fileName: 'phuong-hai-an-2025-12-25-2026-01-07-phu-luc.pdf', mimeType: 'application/pdf' });
    expect(bytesOf(out.binary?.pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 600_000);
});
