import { describe, expect, it } from 'vitest';
import { TthcValidate } from '../src/nodes/TthcValidate/TthcValidate.node';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { binaryOf, bytesOf, firstItem, mockExecute } from './_lib/mockExecute';
import { dossiers, jsonl } from './_lib/fixtures';

const node = new TthcValidate();

describe('TTHC Validate', () => {
  it('splits records into valid dossiers and invalid records carrying the reason', async () => {
    const items = [
      { json: dossiers[0]! },
      { json: { code: 'X1', procedureName: 'Đăng ký khai sinh', channel: 'direct', status: 'returned', receivedAt: '2026-01-05T08:00' } },
      { json: { code: 'X2', procedureName: 'Chứng thực', channel: 'direct', status: 'processing', receivedAt: '31/02/2026' } },
    ];
    const [valid, invalid] = await node.execute.call(mockExecute({ items, params: { options: {} } }));
    expect(valid!.map((i) => i.json.code)).toEqual(['A1']);
    expect(valid![0]!.json.applicant).toBeUndefined();
    expect(valid![0]!.pairedItem).toEqual({ item: 0 });
    expect(invalid!.map((i) => [i.json.code, i.pairedItem])).toEqual([
      ['X1', { item: 1 }],
      ['X2', { item: 2 }],
    ]);
    // An ended dossier without an end time, and an unreadable date (domain.md §3–4).
    expect(invalid![0]!.json.reason).toMatch(/X1/);
    expect((invalid![0]!.json.issues as { code: string }[]).map((i) => i.code)).toContain('missing_end');
    expect((invalid![1]!.json.issues as { code: string }[]).map((i) => i.code)).toContain('invalid_date');
    expect(invalid![1]!.json.reason).toMatch(/31\/02\/2026/);
  });

  it('re-checks a dataset item line by line and keeps its accounting', async () => {
    const file = { json: {}, binary: { data: binaryOf(jsonl(dossiers), 'a.jsonl') } };
    const dataset = firstItem(
      await new TthcImport().execute.call(
        mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } }),
      ),
    );
    const [valid, invalid] = await node.execute.call(mockExecute({ items: [dataset], params: { options: {} } }));
    expect(invalid).toEqual([]);
    expect(valid).toHaveLength(1);
    expect(valid![0]!.json.rows).toEqual({ read: 4, accepted: 4, rejected: 0, skipped: 0 });
    expect(bytesOf(valid![0]!.binary?.dossiers).toString('utf8').trim().split('\n')).toHaveLength(4);
  });
});

describe('TTHC Validate with continue-on-fail upstream', () => {
  it('passes error items through untouched', async () => {
    const errorItem = { json: { error: 'broken.xlsx: truncated or corrupt zip/xlsx file' } };
    const [valid, invalid] = await new TthcValidate().execute.call(mockExecute({ items: [errorItem], params: { options: {} } }));
    expect(valid).toEqual([{ ...errorItem, pairedItem: { item: 0 } }]);
    expect(invalid).toEqual([]);
  });
});
