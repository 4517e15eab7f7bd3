import { describe, expect, it } from 'vitest';
import { NodeOperationError } from 'n8n-workflow';
import { safeParsePeriod } from '@tthc/core';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { binaryOf, firstItem, mockExecute } from './_lib/mockExecute';
import { dossiers, jsonl, period } from './_lib/fixtures';

const node = new TthcMetrics();
const custom = { period: 'custom', from: period.from, to: period.to, catalogSource: 'none', options: {} };

async function dataset(records: object[]) {
  const file = { json: {}, binary: { data: binaryOf(jsonl(records), 'a.jsonl') } };
  const out = await new TthcImport().execute.call(
    mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } }),
  );
  return out[0]![0]!;
}

describe('TTHC Metrics', () => {
  it('computes the figures of the period from a dataset item (hand-checked, domain.md §7)', async () => {
    const out = firstItem(await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params: custom })));
    const m = out!.json as Record<string, any>;
    expect(m.unit).toBe('Phường A'); // one item per unit by default; all four dossiers are Phường A's
    expect(m.period).toEqual(period);
    expect(m.received).toEqual({ total: 4, carriedOver: 0, new: { total: 4, online: 1, direct: 2, postal: 1 } });
    expect(m.resolved).toEqual({ total: 2, early: 0, onTime: 1, late: 0, withdrawnOrRejected: 1 });
    expect(m.inProgress.total).toBe(2);
    expect(m.inProgress.overdue).toBe(1);
    expect(m.inProgress.withinDeadline).toBe(1);
    expect(m.rows).toEqual({ read: 4, accepted: 4, rejected: 0, skipped: 0 });
    expect(m.onlineServices.full.rate).toBeNull();
    expect(out!.pairedItem).toEqual([{ item: 0 }]);
  });

  it('reads one-dossier items too, and gives one item per unit unless told otherwise', async () => {
    const items = [...dossiers, { ...dossiers[0]!, code: 'B1', unit: 'Phường B' }].map((json) => ({ json }));
    const all = (await node.execute.call(mockExecute({ items, params: { ...custom, options: { groupByUnit: false } } })))[0]!;
    expect(all.map((i) => [i.json.unit, (i.json.received as { total: number }).total])).toEqual([[null, 5]]);
    const out = (await node.execute.call(mockExecute({ items, params: custom })))[0]!;
    expect(out.map((i) => [i.json.unit, (i.json.received as { total: number }).total])).toEqual([
      ['Phường A', 4],
      ['Phường B', 1],
    ]);
  });

  it('takes "previous week" relative to the run date (Monday to Sunday)', async () => {
    const params = { period: 'previousWeek', runDate: '2026-01-12', catalogSource: 'none', options: {} };
    const out = firstItem(await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params })));
    expect(out!.json.period).toEqual(period);
  });

  it('uses the catalog for the online-service rates', async () => {
    const catalog = [
      { code: 'P1', name: 'Chứng thực bản sao', field: 'Chứng thực', serviceLevel: 'full' },
      { code: 'P2', name: 'Đăng ký khai sinh', field: 'Hộ tịch', serviceLevel: 'full' },
      { code: 'P3', name: 'Đăng ký kết hôn', field: 'Hộ tịch', serviceLevel: 'partial' },
      { code: 'P4', name: 'Đăng ký khai tử', field: 'Hộ tịch', serviceLevel: 'partial' },
    ];
    const params = { ...custom, catalogSource: 'json', catalogJson: JSON.stringify(catalog) };
    const out = firstItem(await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params })));
    const online = (out!.json as Record<string, any>).onlineServices;
    // One online dossier (A2, "Chứng thực bản sao", a full-level procedure): 1 of 2 full procedures.
    expect(online.full.procedures).toBe(1);
    expect(online.full.catalogProcedures).toBe(2);
    expect(online.full.rate).toBe(50);
    expect(online.partial.procedures).toBe(0);
  });

  it('refuses a period that ends before it starts, naming both dates, as the CLI does', async () => {
    const params = { ...custom, from: '2025-12-25', to: '2025-01-07' };
    const run = node.execute.call(mockExecute({ items: [await dataset(dossiers)], params }));
    await expect(run).rejects.toBeInstanceOf(NodeOperationError);
    const cli = safeParsePeriod({ from: '2025-12-25', to: '2025-01-07' });
    if (cli.success) throw new Error('the core accepted a reversed period');
    await expect(run).rejects.toThrow(cli.error.message);
    await expect(run).rejects.toThrow(/2025-12-25/);
  });

  it('names the item that is not a dossier', async () => {
    const run = node.execute.call(mockExecute({ items: [{ json: { hello: 'world' } }], params: custom }));
    await expect(run).rejects.toThrow(/Item 1 is not a valid dossier/);
  });

  it('refuses an impossible date (30/02) with the core\'s own check, before any figure is computed', async () => {
    const items = [{ json: { ...dossiers[0]!, receivedAt: '2026-02-30T10:00' } }];
    const error = await node.execute.call(mockExecute({ items, params: custom })).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toMatch(/Item 1 \(.+\) is not a valid dossier/);
    expect((error as NodeOperationError).description).toContain('unreadable date — dossier');
    expect((error as NodeOperationError).description).toContain('field receivedAt, value "2026-02-30T10:00"');
  });

  it('reads the catalog file through n8n\'s file-access rules', async () => {
    const params = { ...custom, catalogSource: 'filePath', catalogPath: '/etc/blocked.csv' };
    const run = node.execute.call(mockExecute({ items: [await dataset(dossiers)], params, blockedPaths: ['/etc/blocked.csv'] }));
    await expect(run).rejects.toThrow(/N8N_RESTRICT_FILE_ACCESS_TO/);
  });
});
