import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError, computeServiceIndex, type Dossier } from '@tthc/core';
import { renderReport } from '../src/index';
import { haiAn } from './helpers/example';
import { seedMetrics } from './fixtures/metrics';

// docs/qd766-index.md — the optional index section (profile switch serviceIndex) and the annex sheet.
const period = { from: '2026-01-01', to: '2026-01-31' };
const base = { procedureName: 'Đăng ký khai sinh', procedureCode: 'P1', fieldName: 'Hộ tịch', channel: 'direct', submittedAt: '2026-01-05T08:00:00', receivedAt: '2026-01-05T08:00:00' } as const;
const dossiers: Dossier[] = [
  // On time (returned before due), late (returned after due), open within deadline: progress 20 × 2/3 = 13.33.
  { ...base, code: 'HS-1', status: 'returned', dueAt: '2026-01-10T17:00:00', returnedAt: '2026-01-09T08:00:00', hasElectronicResult: true },
  { ...base, code: 'HS-2', status: 'returned', dueAt: '2026-01-10T17:00:00', returnedAt: '2026-01-12T08:00:00', hasElectronicResult: false },
  { ...base, code: 'HS-3', status: 'processing', channel: 'online', dueAt: '2026-02-10T17:00:00' },
];
const index = computeServiceIndex(dossiers, { period });

async function render(serviceIndex: boolean, withIndex = true) {
  const { profile, notes } = haiAn();
  return renderReport({
    metrics: seedMetrics(),
    profile: { ...profile, serviceIndex },
    notes,
    formats: ['md', 'xlsx'],
    ...(withIndex ? { serviceIndex: index } : {}),
  });
}

async function sheetOf(xlsx: Uint8Array | undefined) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(xlsx as Uint8Array) as unknown as ArrayBuffer);
  return wb;
}

describe('QĐ 766 index in the report', () => {
  it('is left out unless the profile turns it on', async () => {
    const out = await render(false);
    expect(out.md).not.toContain('766/QĐ-TTg');
    expect((await sheetOf(out.xlsx)).worksheets.map((w) => w.name)).toEqual(['Theo lĩnh vực', 'Theo thủ tục', 'Chất lượng dữ liệu']);
  });

  it('prints the groups, the groups it cannot compute with their reasons, and the dossiers that cost points', async () => {
    const md = (await render(true)).md as string;
    expect(md).toContain('4. Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp');
    expect(md).toMatch(/Tiến độ giải quyết: \*\*13,33\*\*\/20 điểm/);
    expect(md).toMatch(/Công khai, minh bạch: chưa tính được \(không tính được từ hồ sơ/);
    expect(md).toContain('Đăng ký khai sinh: 01 hồ sơ giải quyết quá hạn');
    // The section sits in IV, before V.
    expect(md.indexOf('766/QĐ-TTg')).toBeLessThan(md.indexOf('V. NHẬN XÉT, KIẾN NGHỊ'));
  });

  it('refuses the switch without an index, in both languages', async () => {
    await expect(render(true, false)).rejects.toBeInstanceOf(InputError);
    await expect(render(true, false)).rejects.toThrow(/serviceIndex/);
  });

  it('adds the sheet "Chỉ số QĐ 766" with numbers as numbers and the lost dossiers by code', async () => {
    const wb = await sheetOf((await render(true)).xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Theo lĩnh vực', 'Theo thủ tục', 'Chất lượng dữ liệu', 'Chỉ số QĐ 766']);
    const sheet = wb.getWorksheet('Chỉ số QĐ 766') as ExcelJS.Worksheet;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const progress = rows.find((r) => r[0] === 'Tiến độ giải quyết');
    expect(progress?.slice(2, 4)).toEqual([20, 13.33]);
    expect(rows.find((r) => r[0] === 'Công khai, minh bạch')?.[3]).toBe('không tính được');
    const lost = rows.filter((r) => r[1] === 'HS-2').map((r) => [r[0], r[7]]);
    expect(lost).toEqual([
      ['Tiến độ giải quyết', 'giải quyết quá hạn'],
      ['Số hóa hồ sơ', 'không có kết quả điện tử'],
    ]);
    expect(rows.some((r) => r[1] === 'HS-1' || r[1] === 'HS-3')).toBe(false);
  });

  it('states the online split used and that it is an unpublished hypothesis, in the section and the sheet', async () => {
    const out = await render(true);
    const statement =
      'Nhóm Dịch vụ công trực tuyến: 12 điểm chia cho các chỉ tiêu A, B, C là 2 + 4 + 6 điểm theo giả định split-2-4-6 (phiên bản 1); cách chia này chưa được công bố chính thức, chỉ là giả thuyết.';
    expect(out.md).toContain(`- Lưu ý: ${statement}`);
    const sheet = (await sheetOf(out.xlsx)).getWorksheet('Chỉ số QĐ 766') as ExcelJS.Worksheet;
    const titles: unknown[] = [];
    sheet.eachRow((row) => titles.push(row.getCell(1).value));
    expect(titles).toContain(`Lưu ý: ${statement}`);
  });

  it("states the unit's own split when its profile sets one, and refuses an index scored with another", async () => {
    const { profile, notes } = haiAn();
    const unitProfile = { ...profile, serviceIndex: true, serviceIndexAssumptions: { onlineSplit: { points: [3, 4, 5] as [number, number, number] } } };
    const own = computeServiceIndex(dossiers, { period, onlineSplit: unitProfile.serviceIndexAssumptions.onlineSplit });
    const md = (await renderReport({ metrics: seedMetrics(), profile: unitProfile, notes, formats: ['md'], serviceIndex: own })).md as string;
    expect(md).toContain('là 3 + 4 + 5 điểm theo giả định split-3-4-5 (phiên bản 1)');
    await expect(renderReport({ metrics: seedMetrics(), profile: unitProfile, notes, formats: ['md'], serviceIndex: index })).rejects.toThrow(
      /3 \+ 4 \+ 5 but the QĐ 766 index was computed with 2 \+ 4 \+ 6 \(split-2-4-6\)/,
    );
  });

  it('writes the same bytes twice', async () => {
    const [a, b] = [await render(true), await render(true)];
    expect(Buffer.from(a.xlsx as Uint8Array).equals(Buffer.from(b.xlsx as Uint8Array))).toBe(true);
  });
});
