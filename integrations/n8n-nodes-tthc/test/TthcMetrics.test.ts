import { describe, expect, it } from 'vitest';
import { NodeOperationError, type NodeExecutionHint } from 'n8n-workflow';
import { safeParsePeriod } from '@tthc/core';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { firstItem, mockExecute } from './_lib/mockExecute';
import { dossiers, period } from './_lib/fixtures';
import { datasetItem } from './_lib/dataset';

const node = new TthcMetrics();
const custom = { period: 'custom', from: period.from, to: period.to, catalogSource: 'none', options: {} };

const dataset = datasetItem;

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

  it('counts an item that is not a dossier as a rejected row, naming it, as the import counts any row', async () => {
    const items = [{ json: dossiers[0]! }, { json: { hello: 'world' } }];
    const [out] = (await node.execute.call(mockExecute({ items, params: custom })))[0]!;
    expect(out!.json.rows).toEqual({ read: 2, accepted: 1, rejected: 1, skipped: 0 });
    expect((out!.json.received as { total: number }).total).toBe(1);
    const rejected = out!.json.rejectedRows as { path: { file: string; row: number }; message: { en: string } }[];
    expect(rejected[0]!.path).toMatchObject({ file: 'n8n items', row: 2 });
  });

  it('refuses an impossible date (30/02) with the core\'s own check: the row is rejected, not counted', async () => {
    const items = [{ json: { ...dossiers[0]!, receivedAt: '2026-02-30T10:00' } }];
    const [out] = (await node.execute.call(mockExecute({ items, params: custom })))[0]!;
    expect(out!.json.rows).toEqual({ read: 1, accepted: 0, rejected: 1, skipped: 0 });
    const [issue] = out!.json.rejectedRows as { field?: string; message: { en: string } }[];
    expect(issue!.field).toBe('receivedAt');
    expect(issue!.message.en).toContain('2026-02-30T10:00');
  });

  it('reads the catalog file through n8n\'s file-access rules', async () => {
    const params = { ...custom, catalogSource: 'filePath', catalogPath: '/etc/blocked.csv' };
    const run = node.execute.call(mockExecute({ items: [await dataset(dossiers)], params, blockedPaths: ['/etc/blocked.csv'] }));
    await expect(run).rejects.toThrow(/N8N_RESTRICT_FILE_ACCESS_TO/);
  });

  describe('warns about the period: an output field and the node\'s notice', () => {
    it('gives no warning when the period has new dossiers and the data reaches its end', async () => {
      const late = { ...dossiers[0]!, code: 'A5', receivedAt: '2026-01-11T08:00', returnedAt: undefined, status: 'processing', dueAt: '2026-01-13T17:00' };
      const hints: NodeExecutionHint[] = [];
      const out = firstItem(await node.execute.call(mockExecute({ items: [await dataset([...dossiers, late])], params: custom, hints })));
      expect(out.json.periodWarnings).toEqual([]);
      expect(hints).toEqual([]);
    });

    it('says when no new dossier was received in the period (a quiet week)', async () => {
      // The same dossiers, one week later: nothing received from 12/01 to 18/01/2026.
      const hints: NodeExecutionHint[] = [];
      const params = { ...custom, from: '2026-01-12', to: '2026-01-18' };
      const out = firstItem(await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params, hints })));
      expect((out.json.received as { new: { total: number } }).new.total).toBe(0);
      const codes = (out.json.periodWarnings as { code: string }[]).map((w) => w.code);
      expect(codes).toContain('no_new_dossiers');
      expect(hints.map((h) => h.type)).toContain('warning');
      expect(hints.some((h) => h.message.includes('Phường A: Không có hồ sơ mới tiếp nhận từ 12/01/2026 đến 18/01/2026') && h.message.includes('No new dossier was received'))).toBe(true);
    });

    it('says when the data ends before the period does (last event 09/01, period to 11/01)', async () => {
      const hints: NodeExecutionHint[] = [];
      const out = firstItem(await node.execute.call(mockExecute({ items: [await dataset(dossiers)], params: custom, hints })));
      const warnings = out.json.periodWarnings as { code: string; message: { vi: string; en: string } }[];
      expect(warnings.map((w) => w.code)).toEqual(['data_ends_before_period']);
      expect(warnings[0]!.message.vi).toBe('Dữ liệu chỉ đến ngày 09/01/2026, trước ngày cuối kỳ 11/01/2026: tệp xuất có thể đã lấy quá sớm.');
      expect(warnings[0]!.message.en).toContain('The data ends on 09/01/2026, before the last day of the period (11/01/2026)');
      expect(hints).toHaveLength(1);
    });
  });

  it('shows the label of the period in its subtitle, and the dates of an explicit period', () => {
    const subtitle = node.description.subtitle!;
    expect(subtitle).toContain('"Tuần trước / Previous Week (Mon–Sun)"');
    expect(subtitle).toContain('$parameter["from"] + " – " + $parameter["to"]');
    expect(subtitle).not.toContain('"Chọn ngày / Explicit Dates"');
  });
});
