import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectDossiers, streamDossiers } from '../src/lib/dataset';
import { datasetItem } from './_lib/dataset';
import { dossiers as fixtures, jsonl } from './_lib/fixtures';
import { bytesOf, mockExecute } from './_lib/mockExecute';

const dir = mkdtempSync(join(tmpdir(), 'tthc-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Enough dossiers for the stored file to span several 1 MB pieces, lines cut across pieces
// (Vietnamese names: multi-byte characters cut too).
const many = Array.from({ length: 12_000 }, (_, i) => ({ ...fixtures[i % fixtures.length]!, code: `A-${i}`, procedureName: `Đăng ký khai sinh – thủ tục số ${i}` }));

describe('streamDossiers', () => {
  it('reads a dataset stored on disk (filesystem binary mode) piece by piece: the same dossiers as one buffer', async () => {
    const item = await datasetItem(many);
    const file = join(dir, 'dossiers.jsonl');
    writeFileSync(file, bytesOf(item.binary?.dossiers));
    expect(bytesOf(item.binary?.dossiers).length).toBeGreaterThan(2 << 20);
    const stored = { ...item, binary: { dossiers: { ...item.binary!.dossiers!, id: 'filesystem-v2:workflows/1/executions/1/binary_data/x' } } };
    const ctx = mockExecute({ items: [stored], params: {}, binaryPaths: { 'filesystem-v2:workflows/1/executions/1/binary_data/x': file } });
    const streamed = await streamDossiers(ctx, [stored]);
    const collected = await collectDossiers(mockExecute({ items: [item], params: {} }), [item]);
    const first = Array.from(streamed.dossiers);
    expect(first).toHaveLength(12_000);
    expect(first).toEqual(collected.dossiers);
    // Read again from the start: a second pass gives the same dossiers.
    expect(Array.from(streamed.dossiers).map((d) => d.code)).toEqual(first.map((d) => d.code));
    expect(streamed.summary?.rows).toEqual(collected.summary?.rows);
  });

  it('names the line of a record that is not JSON, and passes over the items it is told to', async () => {
    const item = await datasetItem(fixtures);
    const file = join(dir, 'broken.jsonl');
    writeFileSync(file, `${jsonl(fixtures.slice(0, 2))}{"code": "A3",\n`);
    const stored = { ...item, binary: { dossiers: { ...item.binary!.dossiers!, id: 'filesystem-v2:b' } } };
    const carrier = { json: {}, binary: { units: item.binary!.dossiers! } };
    const ctx = mockExecute({ items: [carrier, stored], params: {}, binaryPaths: { 'filesystem-v2:b': file } });
    const streamed = await streamDossiers(ctx, [carrier, stored], 'dossiers', (i) => i === carrier);
    expect(streamed.sources).toEqual([1]);
    expect(() => Array.from(streamed.dossiers)).toThrow(/Binary "dossiers" of item 2 is not valid JSON Lines \(line 3\)/);
  });
});
