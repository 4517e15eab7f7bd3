import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dossier, InputError, type ProcedureCatalog, computeMetricsByUnit } from '@tthc/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Profile, type UnitEntry, parseProfile, renderUnitReports } from '../src/index';

const period = { from: '2025-12-25', to: '2026-01-07' } as const;
const catalog: ProcedureCatalog = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', serviceLevel: 'full' },
  { code: '2.000815', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', serviceLevel: 'partial' },
];
const base = parseProfile(readFileSync(join(import.meta.dirname, '../../../examples/city/profiles/le-chan.yaml'), 'utf8'), 'le-chan.yaml');
const profile = (name: string): Profile => ({ ...base, unit: { ...base.unit, name }, agency: { parent: null, name: ['ỦY BAN NHÂN DÂN', name.toUpperCase()] } });

const birth = { procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', fieldName: 'Hộ tịch' };
const copy = { procedureCode: '2.000815', procedureName: 'Chứng thực bản sao từ bản chính', fieldName: 'Chứng thực' };
const d = (code: string, unit: string, rest: Omit<Dossier, 'code' | 'unit' | 'procedureName'> & { procedureName?: string }): Dossier =>
  ({ code, unit, ...birth, ...rest }) as Dossier;

// A small city by hand. Period 25/12/2025–07/01/2026 (01/01 and 02/01/2026 are days off).
const dossiers: Dossier[] = [
  // An Biên: new online, ended the day before it was due → (3)(4)(7)(8).
  d('A1', 'UBND phường An Biên', { channel: 'online', status: 'processed', receivedAt: '2025-12-29T08:00:00', dueAt: '2025-12-31T17:00:00', finishedAt: '2025-12-30T09:00:00' }),
  // An Biên, written in capitals: received before the period, still open, past due → (3)(6)(11)(13).
  d('A2', 'UBND PHƯỜNG AN BIÊN', { channel: 'direct', status: 'processing', receivedAt: '2025-12-22T08:00:00', dueAt: '2025-12-24T17:00:00' }),
  // An Biên: new by post, open, due after the period → (3)(5)(11)(12).
  d('A3', 'UBND phường An Biên', { channel: 'postal', status: 'processing', receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-09T17:00:00' }),
  // Cát Dài: new direct, ended a working day after its due date → (3)(5)(7)(10).
  d('B1', 'UBND phường Cát Dài', { channel: 'direct', status: 'processed', receivedAt: '2025-12-26T08:00:00', dueAt: '2025-12-26T17:00:00', finishedAt: '2025-12-29T09:00:00' }),
  // Cát Dài: new online (a partial-level procedure), withdrawn → (3)(4)(7)(9).
  d('B2', 'UBND phường Cát Dài', { ...copy, channel: 'online', status: 'withdrawn', receivedAt: '2026-01-06T08:00:00', dueAt: '2026-01-06T17:00:00', finishedAt: '2026-01-06T10:00:00' }),
  // A unit the table does not list.
  d('C1', 'UBND phường Đông Hải', { channel: 'direct', status: 'processing', receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-05T17:00:00' }),
];
const units: UnitEntry[] = [
  { unit: 'UBND phường An Biên', profile: profile('Phường An Biên') },
  { unit: 'ubnd phuong cat dai', profile: profile('Phường Cát Dài') },
  { unit: 'UBND phường Kênh Dương', profile: profile('Phường Kênh Dương') },
];
//                (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13)
const anBien = [3, 1, 1, 1, 1, 1, 0, 0, 2, 1, 1];
const catDai = [2, 1, 1, 0, 2, 0, 1, 1, 0, 0, 0];
const total = [5, 2, 2, 1, 3, 1, 1, 1, 2, 1, 1];

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

  it('refuses figures where two units match one ward, and two wards with the same file names', async () => {
    const metricsByUnit = computeMetricsByUnit(dossiers, { period, catalog });
    await expect(renderUnitReports({ metricsByUnit, units })).rejects.toThrow(InputError);
    const twins = [units[0], { unit: 'UBND phường Cát Dài', profile: profile('Phường An Biên') }] as UnitEntry[];
    await expect(renderUnitReports({ dossiers, metricsOptions: { period }, units: twins })).rejects.toThrow(/cùng tên tệp|same file name/);
  });
});
