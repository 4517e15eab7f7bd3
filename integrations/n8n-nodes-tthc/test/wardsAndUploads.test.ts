import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { TthcRender } from '../src/nodes/TthcRender/TthcRender.node';
import { binaryOf, bytesOf, firstItem, mockExecute } from './_lib/mockExecute';

const example = (name: string) => fileURLToPath(new URL(`../../../examples/hai-an/${name}`, import.meta.url));

/** The form's wards folder: Phường Hải An with the example's profile and catalog; beside it, a planted ward outside the folder. */
function wardsFolder() {
  const root = mkdtempSync(join(tmpdir(), 'tthc-n8n-wards-'));
  const wards = join(root, 'don-vi');
  mkdirSync(join(wards, 'Phường Hải An'), { recursive: true });
  for (const f of ['profile.yaml', 'catalog.csv']) cpSync(example(f), join(wards, 'Phường Hải An', f));
  mkdirSync(join(root, 'cai-cam'));
  writeFileSync(join(root, 'cai-cam', 'profile.yaml'), readFileSync(example('profile.yaml'), 'utf8').replace('Hải An', 'Cài Cắm'));
  cpSync(example('catalog.csv'), join(root, 'cai-cam', 'catalog.csv'));
  return { root, wards };
}

async function dataset() {
  const file = { json: {}, binary: { data: binaryOf(readFileSync(example('dossiers.jsonl')), 'dossiers.jsonl') } };
  return firstItem(await new TthcImport().execute.call(mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } })));
}

const period = { period: 'custom', from: '2025-12-25', to: '2026-01-07', options: {} };

describe('a ward chosen by name (the form)', () => {
  it("takes the chosen ward's catalog (TTHC Metrics) and profile (TTHC Render) from the wards folder", async () => {
    const { wards } = wardsFolder();
    const reads: string[] = [];
    const ward = { wardsPath: wards, ward: 'Phường Hải An' };
    const metrics = firstItem(await new TthcMetrics().execute.call(mockExecute({ items: [await dataset()], params: { ...period, catalogSource: 'ward', ...ward }, reads })));
    expect((metrics.json.received as { total: number }).total).toBe(325);
    const out = firstItem(await new TthcRender().execute.call(mockExecute({ items: [metrics], params: { profileSource: 'ward', ...ward, formats: ['md'], options: {} }, reads })));
    expect(bytesOf(out.binary?.md).toString('utf8')).toContain('Hải An');
    expect(reads).toEqual([join(wards, 'Phường Hải An', 'catalog.csv'), join(wards, 'Phường Hải An', 'profile.yaml')]);
  });

  it('refuses a forged or unknown ward, reading no file, and names neither folder', async () => {
    const { root, wards } = wardsFolder();
    const items = [await dataset()];
    const figures = [firstItem(await new TthcMetrics().execute.call(mockExecute({ items, params: { ...period, catalogSource: 'none' } })))];
    for (const forged of ['../cai-cam', '../../cai-cam', 'Phường Hải An/../../cai-cam', '/etc', 'Phường Không Có']) {
      const reads: string[] = [];
      const metrics = new TthcMetrics().execute.call(mockExecute({ items, params: { ...period, catalogSource: 'ward', wardsPath: wards, ward: forged }, reads }));
      const error = await metrics.then(() => undefined, (e: Error) => e);
      expect(error?.message, forged).toContain('choose one of: Phường Hải An');
      expect(error?.message).not.toContain(root);
      const render = new TthcRender().execute.call(mockExecute({ items: figures, params: { profileSource: 'ward', wardsPath: wards, ward: forged, formats: ['md'], options: {} }, reads }));
      await expect(render).rejects.toThrow(/no ward/);
      expect(reads, forged).toEqual([]);
    }
  });
});

describe('upload limits (TTHC Import)', () => {
  const csv = readFileSync(example('exports/one-stop.csv'));
  const upload = (files: Record<string, Buffer>) => [{ json: {}, binary: Object.fromEntries(Object.entries(files).map(([name, data]) => [name, binaryOf(data, name)])) }];
  const params = (options: Record<string, unknown>) => ({ binaryPropertyName: '*', source: 'auto', output: 'dataset', options });

  it('refuses more files than allowed, before reading any', async () => {
    const run = new TthcImport().execute.call(mockExecute({ items: upload({ a: csv, b: csv, c: csv }), params: params({ maxFiles: 2 }) }));
    await expect(run).rejects.toThrow('3 files, more than the 2 allowed');
    // With "On Error: Continue (using error output)", one error item and nothing imported.
    const [main, accounting] = await new TthcImport().execute.call(mockExecute({ items: upload({ a: csv, b: csv, c: csv }), params: params({ maxFiles: 2 }), continueOnFail: true }));
    expect(main?.map((i) => String(i.json.error))).toEqual([expect.stringContaining('Có 3 tệp, quá số tệp cho phép (2)')]);
    expect(accounting).toEqual([]);
  });

  it('refuses a file larger than allowed, naming it; the others still count', async () => {
    const big = Buffer.concat([csv, Buffer.alloc(1024 * 1024, 0x20)]);
    const out = await new TthcImport().execute.call(
      mockExecute({ items: upload({ 'one-stop.csv': csv, 'qua-lon.csv': big }), params: params({ maxFileMb: 1 }), continueOnFail: true }),
    );
    const [main, accounting] = out;
    expect(main?.find((i) => i.json.error)?.json).toMatchObject({ file: 'qua-lon.csv', error: expect.stringContaining('qua-lon.csv: tệp 1.') });
    expect(String(main?.find((i) => i.json.error)?.json.error)).toContain('larger than the 1.0 MB allowed');
    expect(accounting?.[0]?.json).toMatchObject({ failedInputs: [{ name: 'qua-lon.csv' }] });
    expect((main?.[0]?.json.rows as { read: number }).read).toBeGreaterThan(0);
    // Within the limits, nothing changes.
    const fine = await new TthcImport().execute.call(mockExecute({ items: upload({ 'one-stop.csv': csv }), params: params({ maxFiles: 10, maxFileMb: 50 }) }));
    expect(fine[0]?.[0]?.json.failedInputs).toEqual([]);
  });

  it('refuses a .xls upload when the conversion is off, before LibreOffice starts; reads an .ods natively, refusing a hostile one by name', async () => {
    const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../packages/import/test/fixtures/other-programs/${name}`, import.meta.url)));
    const [main, accounting] = await new TthcImport().execute.call(
      mockExecute({
        items: upload({ 'one-stop.csv': csv, 'bang.xls': fixture('libreoffice.xls'), 'bang.ods': fixture('libreoffice.ods'), 'tram-trieu.ods': fixture('billion-rows.ods') }),
        params: params({ convertLegacy: false }),
        continueOnFail: true,
      }),
    );
    const errors = main?.filter((i) => i.json.error).map((i) => [i.json.file, String(i.json.error).split(' / ')[0]]);
    expect(errors).toEqual([
      ['bang.xls', expect.stringContaining('bang.xls: không nhận tệp .xls ở đây')],
      ['tram-trieu.ods', expect.stringContaining('không tìm thấy dòng tiêu đề')],
    ]);
    expect(accounting?.[0]?.json).toMatchObject({ failedInputs: [{ name: 'bang.xls' }, { name: 'tram-trieu.ods' }] });
    expect((accounting?.[0]?.json.inputs as { name: string; format: string }[]).map((i) => [i.name, i.format])).toContainEqual(['bang.ods', 'ods']);
  });
});
