import { InputError, type Metrics, computeMetricsByUnit } from '@tthc/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type UnitEntry, renderUnitReports } from '../src/index';
import { anBien, catDai, catalog, dossiers, period, profile, total, units } from './fixtures/smallCity';

async function sheets(xlsx: Uint8Array): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  const out = new Map<string, unknown[][]>();
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    out.set(ws.name, rows);
  });
  return out;
}
const rowOf = (rows: unknown[][], label: string) => rows.find((r) => r[1] === label);

describe('renderUnitReports', () => {
  const run = () => renderUnitReports({ dossiers, metricsOptions: { period, catalog }, units, formats: ['xlsx', 'md'] });

  it('gives each listed ward its own report with its own figures, spelling variants counted together', async () => {
    const result = await run();
    expect(result.reports.map((r) => r.unit)).toEqual(['UBND phường An Biên', 'ubnd phuong cat dai']);
    expect(result.reports.map((r) => r.files.map((f) => f.name))).toEqual([
      ['phuong-an-bien-2025-12-25-2026-01-07.xlsx', 'phuong-an-bien-2025-12-25-2026-01-07.md'],
      ['phuong-cat-dai-2025-12-25-2026-01-07.xlsx', 'phuong-cat-dai-2025-12-25-2026-01-07.md'],
    ]);
    const [a, b] = result.reports;
    expect(a?.metrics.received.total).toBe(3);
    expect(b?.metrics.received.total).toBe(2);
    const annexA = await sheets(a?.files[0]?.content as Uint8Array);
    expect(rowOf(annexA.get('Theo lĩnh vực') ?? [], 'Tổng số')?.slice(2)).toEqual(anBien);
    expect(String(a?.files[1]?.content)).toContain('Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 03 hồ sơ.');
    expect(String(b?.files[1]?.content)).toContain('Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 02 hồ sơ.');
  });

  it('returns, and prints in the summary, the unit missing from the table and the ward missing from the data', async () => {
    const result = await run();
    expect(result.unlisted).toEqual([{ unit: 'UBND phường Đông Hải', received: 1 }]);
    expect(result.absent).toEqual(['UBND phường Kênh Dương']);
    expect(result.summary.name).toBe('tong-hop-2025-12-25-2026-01-07.xlsx');
    const matching = (await sheets(result.summary.content as Uint8Array)).get('Đối chiếu đơn vị') ?? [];
    expect(matching.find((r) => r[1] === 'UBND phường Đông Hải')).toEqual([1, 'UBND phường Đông Hải', 1]);
    expect(matching.find((r) => r[1] === 'UBND phường Kênh Dương')?.[0]).toBe(1);
  });

  it('writes the summary form: one row per ward, the total the sum of the wards, and the online services', async () => {
    const book = await sheets((await run()).summary.content as Uint8Array);
    expect([...book.keys()]).toEqual(['Tổng hợp theo đơn vị', 'DVC trực tuyến', 'Đối chiếu đơn vị']);
    const form = book.get('Tổng hợp theo đơn vị') ?? [];
    expect(rowOf(form, 'Phường An Biên')).toEqual([1, 'Phường An Biên', ...anBien]);
    expect(rowOf(form, 'Phường Cát Dài')).toEqual([2, 'Phường Cát Dài', ...catDai]);
    expect(rowOf(form, 'Tổng số')?.slice(2)).toEqual(total);
    expect(form.some((r) => r[1] === 'Phường Kênh Dương' || r[1] === 'UBND phường Đông Hải')).toBe(false);
    const online = book.get('DVC trực tuyến') ?? [];
    // full: procedures with an online dossier / the catalog's of that level, rate; then partial.
    expect(rowOf(online, 'Phường An Biên')).toEqual([1, 'Phường An Biên', 1, 1, 100, 0, 1, 0]);
    expect(rowOf(online, 'Phường Cát Dài')).toEqual([2, 'Phường Cát Dài', 0, 1, 0, 1, 1, 100]);
    expect(rowOf(online, 'Tổng số (thủ tục khác nhau)')?.slice(2)).toEqual([1, 1, 100, 1, 1, 100]);
  });

  it('is deterministic, and gives the same summary from figures already split by unit', async () => {
    const first = await run();
    const second = await run();
    expect(Buffer.from(second.summary.content as Uint8Array).equals(Buffer.from(first.summary.content as Uint8Array))).toBe(true);
    expect(second.reports[0]?.files[0]?.content).toEqual(first.reports[0]?.files[0]?.content);
    // Without the capital spelling, the core's split already has one group per ward.
    const plain = dossiers.map((x) => (x.code === 'A2' ? { ...x, unit: 'UBND phường An Biên' } : x));
    const metricsByUnit = computeMetricsByUnit(plain, { period, catalog });
    const fromFigures = await renderUnitReports({ metricsByUnit, units, formats: ['xlsx', 'md'] });
    expect(Buffer.from(fromFigures.summary.content as Uint8Array).equals(Buffer.from(first.summary.content as Uint8Array))).toBe(true);
  });

  it("puts each ward's previous period beside it in the summary when its history holds one, and no such sheet otherwise", async () => {
    const plain = dossiers.map((x) => (x.code === 'A2' ? { ...x, unit: 'UBND phường An Biên' } : x));
    const metricsByUnit = computeMetricsByUnit(plain, { period, catalog });
    const anBienNow = metricsByUnit.find((u) => u.unit === 'UBND phường An Biên')?.metrics as Metrics;
    // The previous fortnight as stored: 1 dossier received, 1 resolved (set by hand).
    const before = { from: '2025-12-11', to: '2025-12-24' };
    const figures = { ...anBienNow, period: before, received: { ...anBienNow.received, total: 1 }, resolved: { ...anBienNow.resolved, total: 1 } };
    const historyByUnit = new Map([['UBND phường An Biên', { comparisons: { previous: { period: before, figures } } }]]);
    const withHistory = await sheets((await renderUnitReports({ metricsByUnit, units, formats: ['md'], historyByUnit })).summary.content as Uint8Array);
    const rows = withHistory.get('So với kỳ trước') ?? [];
    expect(rows[1]?.slice(0, 7)).toEqual([1, 'Phường An Biên', '11/12/2025 - 24/12/2025', 3, 1, anBienNow.resolved.total, 1]);
    expect(String(rows[1]?.[7])).toContain('tiếp nhận tăng 2 hồ sơ (200%)');
    expect(rows[2]?.slice(4, 8)).toEqual(['', rows[2]?.[5], '', 'chưa có số liệu kỳ trước trong lịch sử']);
    const without = await sheets((await renderUnitReports({ metricsByUnit, units, formats: ['md'] })).summary.content as Uint8Array);
    expect(without.has('So với kỳ trước')).toBe(false);
  });

  it('refuses figures where two units match one ward, and two wards with the same file names', async () => {
    const metricsByUnit = computeMetricsByUnit(dossiers, { period, catalog });
    await expect(renderUnitReports({ metricsByUnit, units })).rejects.toThrow(InputError);
    const twins = [units[0], { unit: 'UBND phường Cát Dài', profile: profile('Phường An Biên') }] as UnitEntry[];
    await expect(renderUnitReports({ dossiers, metricsOptions: { period }, units: twins })).rejects.toThrow(/cùng tên tệp|same file name/);
  });
});
