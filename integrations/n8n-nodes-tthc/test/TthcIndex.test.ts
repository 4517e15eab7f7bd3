import { describe, expect, it } from 'vitest';
import { NodeOperationError } from 'n8n-workflow';
import { computeServiceIndex, Dossier } from '@tthc/core';
import { TthcIndex } from '../src/nodes/TthcIndex/TthcIndex.node';
import { firstItem, mockExecute } from './_lib/mockExecute';
import { dossiers, period } from './_lib/fixtures';
import { datasetItem } from './_lib/dataset';

const node = new TthcIndex();
const custom = { period: 'custom', from: period.from, to: period.to, catalogSource: 'none', options: {} };

const dataset = datasetItem;

describe('TTHC Index', () => {
  it('estimates the index of the period from a dataset item (hand-checked, docs/qd766-index.md §1)', async () => {
    const out = firstItem(await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params: custom })));
    const index = out.json as Record<string, any>;
    // Fixtures, 05–11/01: A1 returned on its due date (on time), A2 open due 07/01 (overdue), A3 withdrawn
    // without a due date (on time), A4 open due 20/01 (within) → 20 × 3/4 = 15.
    expect(index.groups.progress).toMatchObject({ score: 15, received: 4, onTime: 3 });
    expect(index.groups.progress.lost.map((l: { code: string; reason: string }) => [l.code, l.reason])).toEqual([['A2', 'overdue_open']]);
    // A week is not a period the portal scores: computed, with the warning.
    expect(index.warnings.map((w: { code: string }) => w.code)).toEqual(['non_standard_period']);
    expect(index.groups.satisfaction).toMatchObject({ score: null, computable: false });
    expect(JSON.stringify(index)).not.toContain('Nguyễn Văn A');
    expect(out.pairedItem).toEqual([{ item: 0 }]);
  });

  it('gives the same figures as the core: one item per unit by default, one for all when asked', async () => {
    const records = [...dossiers, { ...dossiers[0]!, code: 'B1', unit: 'Phường B' }];
    const items = records.map((json) => ({ json }));
    const one = (await node.execute.call(mockExecute({ items, params: { ...custom, options: { groupByUnit: false } } })))[0]!;
    const core = computeServiceIndex(records.map((r) => Dossier.parse(r)), { period });
    expect(one).toHaveLength(1);
    expect((one[0]!.json.byUnit as { unit: string; total: number }[]).map((u) => [u.unit, u.total])).toEqual(core.byUnit.map((u) => [u.unit, u.total]));
    const split = (await node.execute.call(mockExecute({ items, params: { ...custom, options: { groupByUnit: true } } })))[0]!;
    expect(split.map((i) => [i.json.unit, (i.json.groups as any).progress.score])).toEqual([
      ['Phường A', 15],
      ['Phường B', 20],
    ]);
    expect(split[0]!.json.period).toEqual(period);
  });

  it('scores the online group with the split of its option, recorded in the index, and refuses one that is not 12 points', async () => {
    const params = (onlineSplit: string) => ({ ...custom, options: { groupByUnit: false, onlineSplit } });
    const out = firstItem(await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params: params('3,4,5') })));
    const index = out.json as Record<string, any>;
    const core = computeServiceIndex(dossiers.map((r) => Dossier.parse(r)), { period, onlineSplit: { points: [3, 4, 5] } });
    expect(index.assumptions.onlineSplit).toEqual({ name: 'split-3-4-5', version: 1, points: [3, 4, 5], status: 'hypothesis' });
    expect(index.groups.online).toEqual(JSON.parse(JSON.stringify(core.groups.online)));
    const empty = firstItem(await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params: params(' ') })));
    expect((empty.json as Record<string, any>).assumptions.onlineSplit.name).toBe('split-2-4-6');
    const wrong = node.execute.call(mockExecute({ items: [await dataset(dossiers)], params: params('3,4,4') }));
    await expect(wrong).rejects.toBeInstanceOf(NodeOperationError);
    await expect(wrong).rejects.toThrow(/3, 4, 4.*tổng 12.*adding up to 12/);
  });

  it('refuses a period that ends before it starts, naming both dates', async () => {
    const run = node.execute.call(mockExecute({ items: [await dataset(dossiers)], params: { ...custom, from: '2025-12-25', to: '2025-01-07' } }));
    await expect(run).rejects.toBeInstanceOf(NodeOperationError);
    await expect(run).rejects.toThrow(/2025-12-25/);
  });

  it('returns an error item on continue-on-fail', async () => {
    const params = { ...custom, from: '2025-12-25', to: '2025-01-07' };
    const out = await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params, continueOnFail: true }));
    expect(out[0]![0]!.json.error).toMatch(/2025-12-25/);
  });
});
