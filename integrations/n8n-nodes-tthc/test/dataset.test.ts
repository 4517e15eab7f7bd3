import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReport } from '@tthc/report';
import { datasetInputs } from '../src/lib/datasetInputs';
import { datasetItem } from './_lib/dataset';
import { dossiers as fixtures, jsonl, period } from './_lib/fixtures';
import { bytesOf, mockExecute } from './_lib/mockExecute';

const dir = mkdtempSync(join(tmpdir(), 'tthc-dataset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Enough dossiers for the stored file to span several 1 MB pieces, lines cut across pieces
// (Vietnamese names: multi-byte characters cut too).
const many = Array.from({ length: 12_000 }, (_, i) => ({ ...fixtures[i % fixtures.length]!, code: `A-${i}`, procedureName: `Đăng ký khai sinh – thủ tục số ${i}` }));

describe('datasetInputs', () => {
  it('reads a dataset stored on disk (filesystem binary mode) from its file: the same run as from its bytes', async () => {
    const item = await datasetItem(many);
    const file = join(dir, 'dossiers.jsonl');
    writeFileSync(file, bytesOf(item.binary?.dossiers));
    expect(bytesOf(item.binary?.dossiers).length).toBeGreaterThan(2 << 20);
    const stored = { ...item, binary: { dossiers: { ...item.binary!.dossiers!, id: 'filesystem-v2:workflows/1/executions/1/binary_data/x' } } };
    const fromFile = await datasetInputs(mockExecute({ items: [stored], params: {}, binaryPaths: { 'filesystem-v2:workflows/1/executions/1/binary_data/x': file } }), [stored], 'dossiers');
    expect(fromFile.inputs).toEqual([{ dataset: { name: 'dossiers.jsonl', path: file }, accounting: stored.json }]);
    const fromBytes = await datasetInputs(mockExecute({ items: [item], params: {} }), [item], 'dossiers');
    const [a, b] = await Promise.all([runReport({ inputs: fromFile.inputs, period }), runReport({ inputs: fromBytes.inputs, period })]);
    expect(a.metrics).toEqual(b.metrics);
    expect(a.accounting.rows).toEqual({ read: 12_000, accepted: 12_000, rejected: 0, skipped: 0 });
  });

  it('counts a line that is not JSON as a rejected row of the dataset, and passes over the items it is told to', async () => {
    const item = await datasetItem(fixtures);
    const file = join(dir, 'broken.jsonl');
    writeFileSync(file, `${jsonl(fixtures.slice(0, 3))}{"code": "A4",\n`);
    const stored = { ...item, binary: { dossiers: { ...item.binary!.dossiers!, id: 'filesystem-v2:b' } } };
    const carrier = { json: {}, binary: { units: item.binary!.dossiers! } };
    const ctx = mockExecute({ items: [carrier, stored], params: {}, binaryPaths: { 'filesystem-v2:b': file } });
    const { inputs, sources } = await datasetInputs(ctx, [carrier, stored], 'dossiers', (i) => i === carrier);
    expect(sources).toEqual([1]);
    const run = await runReport({ inputs, period });
    expect(run.accounting.rows).toEqual({ read: 4, accepted: 3, rejected: 1, skipped: 0 });
    expect(run.accounting.rejected[0]?.path).toMatchObject({ file: 'dossiers.jsonl', row: 4 });
  });

  it('reads the items that are one dossier each as one input, a row an item', async () => {
    const items = fixtures.map((d) => ({ json: d }));
    const { inputs, sources } = await datasetInputs(mockExecute({ items, params: {} }), items, 'dossiers');
    expect(sources).toEqual([0, 1, 2, 3]);
    const run = await runReport({ inputs, period });
    expect(run.accounting.rows).toEqual({ read: 4, accepted: 4, rejected: 0, skipped: 0 });
    expect(run.metrics?.received.total).toBe(4);
  });
});
