import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Dossier, computeMetrics, parseDossier } from '@tthc/core';
import { readCatalog } from '@tthc/import';
import { parseProfile, renderReport, reportFileName } from '@tthc/render';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { TthcRender } from '../src/nodes/TthcRender/TthcRender.node';
import { binaryOf, bytesOf, firstItem, mockExecute } from './_lib/mockExecute';

// examples/city: one export holding three wards of units.csv (Ngô Quyền in two spellings), a unit
// the table does not list (Kiến An) and a listed ward without dossiers (Đồ Sơn).
const city = (name: string) => fileURLToPath(new URL(`../../../examples/city/${name}`, import.meta.url));
const catalogPath = fileURLToPath(new URL('../../../examples/hai-an/catalog.csv', import.meta.url));
const period = { from: '2025-12-25', to: '2026-01-07' } as const;
/** The wards by the id that starts their dossier codes (examples/city/generate-city.ts), not by name. */
const wards = [
  { id: '000.31.12.H26', unit: 'UBND phường Lê Chân', profile: 'le-chan.yaml', file: 'phuong-le-chan' },
  { id: '000.32.12.H26', unit: 'UBND Phường Ngô Quyền', profile: 'ngo-quyen.yaml', file: 'phuong-ngo-quyen' },
  { id: '000.33.12.H26', unit: 'UBND phường Hồng Bàng', profile: 'hong-bang.yaml', file: 'phuong-hong-bang' },
];
const canonical: Dossier[] = readFileSync(city('dossiers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => parseDossier(JSON.parse(l)));

/** The city export through TTHC Import, as the city workflow runs it. */
async function cityDataset() {
  const file = { json: {}, binary: { data: binaryOf(readFileSync(city('one-stop.xlsx')), 'one-stop.xlsx') } };
  return firstItem(
    await new TthcImport().execute.call(mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } })),
  );
}

const unitsParams = (extra: Record<string, unknown>) => ({
  mode: 'units',
  formats: ['docx', 'xlsx'],
  unitsSource: 'filePath',
  unitsPath: city('units.csv'),
  cityRecipients: 'van-phong@ubnd.hai-phong.example, so-noi-vu@hai-phong.example',
  period: 'custom',
  from: period.from,
  to: period.to,
  catalogSource: 'filePath',
  catalogPath,
  unitsOptions: {},
  ...extra,
});

describe('TTHC Render, every ward of a units table', () => {
  it('gives each ward of units.csv an item with its own figures, files and recipients, then the summary for the city office', async () => {
    const out = (await new TthcRender().execute.call(mockExecute({ items: [await cityDataset()], params: unitsParams({}) })))[0]!;
    expect(out.map((i) => i.json.kind)).toEqual(['tthc.wardReport', 'tthc.wardReport', 'tthc.wardReport', 'tthc.unitsSummary']);
    const catalog = await readCatalog(catalogPath);
    for (const [k, w] of wards.entries()) {
      const item = out[k]!;
      const profile = parseProfile(readFileSync(city(`profiles/${w.profile}`), 'utf8'), w.profile);
      expect(item.json.unit).toBe(w.unit);
      expect(item.json.recipients).toEqual(profile.emailRecipients);
      expect(profile.emailRecipients.length).toBeGreaterThan(0);
      expect(item.json.files).toEqual({ docx: reportFileName(w.file, period, 'docx'), xlsx: reportFileName(w.file, period, 'xlsx') });
      // Independently: the ward's own dossiers, picked by code, counted alone.
      const own = canonical.filter((d) => d.code.startsWith(`${w.id}-`));
      const metrics = computeMetrics(own, { period, catalog });
      expect((item.json.metrics as { received: { total: number } }).received.total).toBe(metrics.received.total);
      const alone = await renderReport({ metrics, profile, formats: ['xlsx'] });
      expect(bytesOf(item.binary?.xlsx).equals(Buffer.from(alone.xlsx as Uint8Array))).toBe(true);
      expect(item.binary?.docx?.fileName).toBe(reportFileName(w.file, period, 'docx'));
    }
    const summary = out[3]!;
    expect(summary.json.recipients).toEqual(['van-phong@ubnd.hai-phong.example', 'so-noi-vu@hai-phong.example']);
    expect(Object.keys(summary.binary ?? {})).toEqual(['xlsx']);
    expect(summary.binary?.xlsx?.fileName).toBe('tong-hop-2025-12-25-2026-01-07.xlsx');
    expect(summary.json.wards).toEqual(wards.map((w) => w.unit));
    expect(summary.json.absent).toEqual(['UBND phường Đồ Sơn']);
    expect((summary.json.unlisted as { unit: string }[]).map((u) => u.unit)).toEqual(['UBND phường Kiến An']);
    expect(summary.pairedItem).toEqual([{ item: 0 }]);
  });

  it('takes units.csv and the profiles from binaries of the input items, with the same files', async () => {
    const dataset = await cityDataset();
    const byPath = (await new TthcRender().execute.call(mockExecute({ items: [dataset], params: unitsParams({}) })))[0]!;
    const files = {
      json: {},
      binary: {
        units: binaryOf(readFileSync(city('units.csv')), 'units.csv', 'text/csv'),
        ...Object.fromEntries(['le-chan', 'ngo-quyen', 'hong-bang', 'do-son'].map((p) => [p, binaryOf(readFileSync(city(`profiles/${p}.yaml`)), `${p}.yaml`)])),
      },
    };
    const params = unitsParams({ unitsSource: 'binary', unitsBinaryProperty: 'units' });
    const byBinary = (await new TthcRender().execute.call(mockExecute({ items: [files, dataset], params })))[0]!;
    expect(byBinary.map((i) => i.json.unit)).toEqual(byPath.map((i) => i.json.unit));
    for (const [k, item] of byBinary.entries()) {
      for (const format of Object.keys(item.binary ?? {})) expect(bytesOf(item.binary?.[format]).equals(bytesOf(byPath[k]!.binary?.[format]))).toBe(true);
    }
    // The item that only carries files is not read as a dossier.
    expect(byBinary[3]!.pairedItem).toEqual([{ item: 1 }]);
  });

  it('names the table line of a profile missing from the binaries, and refuses a city address that is not one', async () => {
    const dataset = await cityDataset();
    const files = { json: {}, binary: { units: binaryOf(readFileSync(city('units.csv')), 'units.csv', 'text/csv') } };
    const params = unitsParams({ unitsSource: 'binary', unitsBinaryProperty: 'units' });
    await expect(new TthcRender().execute.call(mockExecute({ items: [files, dataset], params }))).rejects.toThrow(
      'units.csv, dòng 2: không có tệp hồ sơ đơn vị "profiles/le-chan.yaml" trong các tệp đã cho / line 2: no profile file "profiles/le-chan.yaml" among the files given',
    );
    const bad = unitsParams({ cityRecipients: 'Văn phòng UBND thành phố' });
    await expect(new TthcRender().execute.call(mockExecute({ items: [dataset], params: bad }))).rejects.toThrow(/Not an e-mail address \(city office\): "Văn phòng UBND thành phố"/);
    const out = (await new TthcRender().execute.call(mockExecute({ items: [dataset], params: bad, continueOnFail: true })))[0]!;
    expect(out).toHaveLength(1);
    expect(String(out[0]!.json.error)).toMatch(/city office/);
  });

  it('records each ward in a history and, a period later, compares with it (section IV and the item)', async () => {
    const historyPath = join(mkdtempSync(join(tmpdir(), 'tthc-n8n-render-history-')), 'lich-su.sqlite');
    const history = { history: 'embedded', historyPath };
    const dataset = await cityDataset();
    // Two consecutive 14-day periods: 11/12–24/12/2025, then the example's 25/12/2025–07/01/2026.
    const before = await new TthcRender().execute.call(mockExecute({ items: [dataset], params: unitsParams({ ...history, from: '2025-12-11', to: '2025-12-24' }) }));
    expect(before[0]?.[0]?.json.history).toMatchObject({ recorded: { version: 1 } });
    const out = (await new TthcRender().execute.call(mockExecute({ items: [dataset], params: unitsParams({ ...history, formats: ['md'] }) })))[0]!;
    const leChan = out[0]!;
    expect(leChan.json.history).toMatchObject({
      recorded: { version: 1 },
      previous: { period: { from: '2025-12-11', to: '2025-12-24' } },
      carriedOver: { missing: [], unexpected: [] },
    });
    const md = Buffer.from(bytesOf(leChan.binary!.md!)).toString('utf8');
    expect(md).toContain('So với kỳ trước (11/12/2025 – 24/12/2025): tiếp nhận');
  });
});
