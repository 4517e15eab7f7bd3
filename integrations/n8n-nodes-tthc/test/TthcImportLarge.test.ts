import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { LARGE_IMPORT_BYTES, collectGarbage } from '../src/lib/releaseMemory';
import { binaryOf, mockExecute } from './_lib/mockExecute';
import { dossiers, jsonl } from './_lib/fixtures';

// The collection itself is tested in releaseMemory.test.ts; here, only when the node asks for it.
vi.mock('../src/lib/releaseMemory', async (original) => ({ ...(await original<object>()), collectGarbage: vi.fn(() => true) }));

const node = new TthcImport();
const params = { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} };

describe('TTHC Import on a large input', () => {
  it('starts a large import on a collected heap, a small one without a collection', async () => {
    await node.execute.call(mockExecute({ items: [{ json: {}, binary: { data: binaryOf(jsonl(dossiers), 'a.jsonl') } }], params }));
    expect(collectGarbage).not.toHaveBeenCalled();
    // A file n8n stored on disk, as large as the threshold (its content is not a table: the
    // import then fails, after the collection).
    const dir = mkdtempSync(join(tmpdir(), 'tthc-large-'));
    writeFileSync(join(dir, 'stored'), Buffer.alloc(LARGE_IMPORT_BYTES, 0x20));
    const item = { json: {}, binary: { data: { data: '', fileName: 'lon.csv', mimeType: 'text/csv', id: 'filesystem-v2:large' } } };
    const run = node.execute.call(mockExecute({ items: [item], params, binaryPaths: { 'filesystem-v2:large': join(dir, 'stored') } }));
    await expect(run).rejects.toThrow(/lon\.csv/);
    expect(collectGarbage).toHaveBeenCalledTimes(1);
  });
});
