import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NodeOperationError } from 'n8n-workflow';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { binaryOf, bytesOf, mockExecute } from './_lib/mockExecute';
import { dossiers, jsonl } from './_lib/fixtures';

const node = new TthcImport();
const good = { json: { fileName: 'a.jsonl' }, binary: { data: binaryOf(jsonl([...dossiers, { code: 'B1', status: 'nope' }]), 'a.jsonl') } };
const broken = { json: { fileName: 'broken.xlsx' }, binary: { data: binaryOf('this is not a workbook', 'broken.xlsx') } };
const params = { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} };

describe('TTHC Import', () => {
  it('reads a file into one dataset item whose accounting adds up (read = accepted + rejected + skipped)', async () => {
    const [out, accounting] = await node.execute.call(mockExecute({ items: [good], params }));
    expect(out).toHaveLength(1);
    const item = out![0]!;
    expect(item.json.kind).toBe('tthc.dossiers');
    expect(item.json.dossiers).toBe(4);
    expect(item.json.rows).toEqual({ read: 5, accepted: 4, rejected: 1, skipped: 0 });
    const rejected = item.json.rejected as { dossierCode: string; message: { vi: string; en: string } }[];
    expect(rejected.every((r) => r.dossierCode === 'B1')).toBe(true);
    expect(rejected.some((r) => r.message.en.includes('"nope"') && r.message.vi.includes('"nope"'))).toBe(true);
    const lines = bytesOf(item.binary?.dossiers).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((d) => d.code)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(item.pairedItem).toEqual([{ item: 0 }]);
    expect(accounting![0]!.json.rows).toEqual(item.json.rows);
  });

  it('drops the applicant (personal data) unless asked to keep it', async () => {
    const [dropped] = await node.execute.call(mockExecute({ items: [good], params: { ...params, output: 'items' } }));
    expect(dropped!.find((i) => i.json.code === 'A1')!.json.applicant).toBeUndefined();
    const [kept] = await node.execute.call(
      mockExecute({ items: [good], params: { ...params, output: 'items', options: { keepApplicant: true } } }),
    );
    expect(kept!.find((i) => i.json.code === 'A1')!.json.applicant).toBe('Nguyễn Văn A');
  });

  it('outputs one item per dossier, paired with the file it came from', async () => {
    const [out] = await node.execute.call(mockExecute({ items: [good], params: { ...params, output: 'items' } }));
    expect(out!.map((i) => i.json.code)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(out!.every((i) => JSON.stringify(i.pairedItem) === '[{"item":0}]')).toBe(true);
  });

  it('fails with the library message (naming the file) when a file cannot be read', async () => {
    const run = node.execute.call(mockExecute({ items: [good, broken], params }));
    await expect(run).rejects.toBeInstanceOf(NodeOperationError);
    await expect(run).rejects.toThrow(/broken\.xlsx/);
  });

  it('with continue-on-fail sends the broken file to the error output and imports the good ones', async () => {
    const [out, accounting] = await node.execute.call(mockExecute({ items: [broken, good], params, continueOnFail: true }));
    const errors = out!.filter((i) => i.error !== undefined);
    const data = out!.filter((i) => i.error === undefined);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.json.file).toBe('broken.xlsx');
    expect(String(errors[0]!.json.error)).toMatch(/broken\.xlsx/);
    expect(errors[0]!.pairedItem).toEqual({ item: 0 });
    expect(data).toHaveLength(1);
    expect(data[0]!.json.dossiers).toBe(4);
    expect(data[0]!.pairedItem).toEqual([{ item: 1 }]);
    expect(accounting![0]!.json.failedInputs).toEqual([{ name: 'broken.xlsx', index: 0, error: errors[0]!.json.error }]);
  });

  it('reads a file n8n stored on disk (filesystem binary mode) from its path: the same dataset as from memory, messages naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-import-stored-'));
    const workbook = readFileSync(new URL('../../../examples/city/one-stop.xlsx', import.meta.url));
    writeFileSync(join(dir, 'stored-1'), workbook);
    writeFileSync(join(dir, 'stored-2'), 'this is not a workbook');
    // No bytes in the items: had the node read them into memory, it would read empty files.
    const stored = (id: string, fileName: string) => ({ json: {}, binary: { data: { data: '', fileName, mimeType: 'application/octet-stream', id } } });
    const binaryPaths = { 'filesystem-v2:a': join(dir, 'stored-1'), 'filesystem-v2:b': join(dir, 'stored-2') };
    const [fromDisk] = await node.execute.call(mockExecute({ items: [stored('filesystem-v2:a', 'one-stop.xlsx')], params, binaryPaths }));
    const [inMemory] = await node.execute.call(mockExecute({ items: [{ json: {}, binary: { data: binaryOf(workbook, 'one-stop.xlsx') } }], params }));
    expect(fromDisk![0]!.json).toEqual(inMemory![0]!.json);
    expect((fromDisk![0]!.json.rows as { accepted: number }).accepted).toBeGreaterThan(0);
    expect(bytesOf(fromDisk![0]!.binary?.dossiers).equals(bytesOf(inMemory![0]!.binary?.dossiers))).toBe(true);
    const run = node.execute.call(mockExecute({ items: [stored('filesystem-v2:b', 'broken.xlsx')], params, binaryPaths }));
    await expect(run).rejects.toThrow(/broken\.xlsx/);
    await expect(run).rejects.not.toThrow(/stored-2/);
  });

  it('names the missing binary field of an item', async () => {
    const run = node.execute.call(mockExecute({ items: [good], params: { ...params, binaryPropertyName: 'file' } }));
    await expect(run).rejects.toThrow(/binary property "file".*has: data/);
  });

  it('refuses a custom mapping that is not valid JSON, in both languages', async () => {
    const run = node.execute.call(mockExecute({ items: [good], params: { ...params, source: 'mapping', mapping: '{ nope' } }));
    await expect(run).rejects.toThrow('Mapping không phải JSON hợp lệ. / The mapping is not valid JSON.');
  });
});

describe('TTHC Import with a custom mapping', () => {
  it('reads another system\'s CSV through the mapping, and warns about the missing channel', async () => {
    const csv = 'Mã,Thủ tục,TT,Nhận,Hẹn,Xong\nM1,Đăng ký khai sinh,Hoàn thành,05/01/2026 08:00,06/01/2026 17:00,06/01/2026 10:00\n';
    const mapping = {
      name: 'he-thong-x',
      columns: { Mã: 'code', 'Thủ tục': 'procedureName', TT: 'status', Nhận: 'receivedAt', Hẹn: 'dueAt', Xong: 'finishedAt' },
      values: { status: { 'Hoàn thành': 'processed' } },
      dateFormat: 'dd/MM/yyyy HH:mm',
    };
    const item = { json: {}, binary: { data: binaryOf(csv, 'x.csv') } };
    const out = await node.execute.call(
      mockExecute({ items: [item], params: { ...params, source: 'mapping', mapping: JSON.stringify(mapping), output: 'items' } }),
    );
    expect(out[0]!.map((i) => i.json)).toEqual([
      {
        code: 'M1',
        procedureName: 'Đăng ký khai sinh',
        channel: 'direct',
        status: 'processed',
        receivedAt: '2026-01-05T08:00:00',
        dueAt: '2026-01-06T17:00:00',
        finishedAt: '2026-01-06T10:00:00',
      },
    ]);
    const accounting = out[1]![0]!.json;
    // The heading row is read and skipped (reason "header"): read = accepted + rejected + skipped.
    expect(accounting.rows).toEqual({ read: 2, accepted: 1, rejected: 0, skipped: 1 });
    expect((accounting.inputs as { source: string }[])[0]!.source).toBe('mapping:he-thong-x');
    expect((accounting.warnings as { code: string }[]).map((w) => w.code)).toEqual(['missing_channel']);
  });

  describe('fails loudly when there is nothing to import', () => {
    const readFiles = {
      name: 'Đọc tệp xuất',
      type: 'n8n-nodes-base.readWriteFile',
      typeVersion: 1,
      disabled: false,
      parameters: { fileSelector: '/data/tthc/hai-an/exports/*.{xlsx,csv,json,jsonl}' },
    };

    it('with no input item: names the expected binary field, in Vietnamese and English', async () => {
      const run = node.execute.call(mockExecute({ items: [], params }));
      await expect(run).rejects.toBeInstanceOf(NodeOperationError);
      await expect(run).rejects.toThrow(/TTHC Import không nhận được mục nào: cần tệp xuất .* "data"\. \/ TTHC Import received no input item: expected export files .* "data"/);
    });

    it('with an empty item from Read Files ("Always Output Data", no match): names the node and its glob, even with continue-on-fail', async () => {
      const check = { name: 'Có tệp xuất?', type: 'n8n-nodes-base.if', typeVersion: 2.2, disabled: false, parameters: {} };
      const run = node.execute.call(mockExecute({ items: [{ json: {} }], params, continueOnFail: true, parents: [check, readFiles] }));
      await expect(run).rejects.toBeInstanceOf(NodeOperationError);
      const message = await run.catch((e: Error) => e.message);
      expect(message).toContain('Nút "Đọc tệp xuất" không tìm thấy tệp nào khớp "/data/tthc/hai-an/exports/*.{xlsx,csv,json,jsonl}"');
      expect(message).toContain('The node "Đọc tệp xuất" matched no file for "/data/tthc/hai-an/exports/*.{xlsx,csv,json,jsonl}"');
      expect(message).toContain('TTHC Import got 1 input item(s) without any file');
    });

    it('names the binary field the node is set to read', async () => {
      const run = node.execute.call(mockExecute({ items: [{ json: {} }], params: { ...params, binaryPropertyName: 'exports' } }));
      await expect(run).rejects.toThrow(/trong trường nhị phân "exports"\..* in the binary field "exports"\./);
    });

    it('names the previous node without a pattern when it is not a file reader', async () => {
      const code = { name: 'Code', type: 'n8n-nodes-base.code', typeVersion: 2, disabled: false, parameters: {} };
      const run = node.execute.call(mockExecute({ items: [{ json: { a: 1 } }], params, parents: [code] }));
      await expect(run).rejects.toThrow(/Previous node: "Code"\./);
    });

    it('still imports when one item of several carries the files', async () => {
      const [out] = await node.execute.call(mockExecute({ items: [{ json: {} }, good], params: { ...params, binaryPropertyName: '*' } }));
      expect(out![0]!.json.dossiers).toBe(4);
    });
  });
});
