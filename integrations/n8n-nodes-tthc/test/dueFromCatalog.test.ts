import { describe, expect, it } from 'vitest';
import { TthcImport } from '../src/nodes/TthcImport/TthcImport.node';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { binaryOf, firstItem, mockExecute } from './_lib/mockExecute';

// The n8n path gives the figures of `tthc metrics --catalog` (packages/cli/test/dueFromCatalog.test.ts,
// the same export): no "Ngày hẹn trả"; K1 has 3 working days in the catalog, received Fri
// 24/4/2026 14:00 → due Mon 4/5 14:00 (26/4 Giỗ Tổ, 27/4 its day off, 30/4 and 1/5 holidays).
const csv = [
  'Số hồ sơ,Mã thủ tục,Tên thủ tục,Trạng thái,Hình thức nộp,Ngày tiếp nhận,Ngày trả kết quả',
  'A,K1,Khai sinh,Đã trả kết quả,Trực tiếp,24/04/2026 14:00,05/05/2026 08:00',
  'B,K1,Khai sinh,Đã trả kết quả,Trực tiếp,24/04/2026 14:00,04/05/2026 16:00',
  'C,K2,Chứng thực,Đã trả kết quả,Trực tiếp,24/04/2026 14:00,06/05/2026 08:00',
  'D,K1,Khai sinh,Đang xử lý,Trực tiếp,24/04/2026 14:00,',
].join('\n');
const catalog = [
  { code: 'K1', name: 'Khai sinh', field: 'Hộ tịch', serviceLevel: 'none', timeLimit: { amount: 3, unit: 'workingDays' } },
  { code: 'K2', name: 'Chứng thực', field: 'Chứng thực', serviceLevel: 'none' },
];

describe('TTHC Import → TTHC Metrics with a catalog that gives time limits', () => {
  it('judges the dossiers without a due date against receipt + the time limit, naming the assumed due date', async () => {
    const file = { json: {}, binary: { data: binaryOf(csv, 'x.csv') } };
    const imported = await new TthcImport().execute.call(
      mockExecute({ items: [file], params: { binaryPropertyName: 'data', source: 'auto', output: 'dataset', options: {} } }),
    );
    const params = { period: 'custom', from: '2026-04-01', to: '2026-05-06', catalogSource: 'json', catalogJson: JSON.stringify(catalog), options: {} };
    const m = firstItem(await new TthcMetrics().execute.call(mockExecute({ items: [imported[0]![0]!], params })))!.json as Record<string, any>;
    expect(m.resolved).toMatchObject({ total: 3, early: 0, onTime: 2, late: 1 });
    expect(m.inProgress).toMatchObject({ total: 1, withinDeadline: 0, overdue: 1 });
    const assumed = (m.warnings as { field?: string; dossierCode: string; code: string; input?: string }[])
      .filter((w) => w.field === 'dueAt')
      .map((w) => [w.dossierCode, w.code, w.input]);
    expect(assumed).toEqual([
      ['A', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['B', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
      ['C', 'assumed_within_deadline', undefined],
      ['D', 'assumed_due_from_catalog', '2026-05-04T14:00:00'],
    ]);
  });
});
