import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AnnexIdentityError, annexRows, renderReport } from '../src/index';
import { zipPart } from './helpers/docx';
import { haiAn } from './helpers/example';
import { buildMetrics, counts, seedMetrics } from './fixtures/metrics';

async function workbook(): Promise<ExcelJS.Workbook> {
  const { profile, notes } = haiAn();
  const { xlsx } = await renderReport({ metrics: seedMetrics(), profile, notes, formats: ['xlsx'] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(xlsx as Uint8Array) as unknown as ArrayBuffer);
  return wb;
}

const valuesOf = (row: ExcelJS.Row): unknown[] => Array.from({ length: 13 }, (_, i) => row.getCell(i + 1).value);

describe('XLSX annex (statistical form)', () => {
  it('has the title block, the three-row header and the column numbers (1)…(13)', async () => {
    const sheet = (await workbook()).getWorksheet('Theo lĩnh vực') as ExcelJS.Worksheet;
    expect(String(sheet.getCell('A1').value)).toMatch(/^TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH/);
    expect(sheet.getCell('A2').value).toBe('Kỳ báo cáo: từ ngày 25/12/2025 đến ngày 07/01/2026');
    expect(sheet.getCell('A3').value).toBe('Đơn vị báo cáo: ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN');
    expect(sheet.getCell('G3').value).toBe('Đơn vị nhận báo cáo: Ủy ban kiểm tra Đảng ủy phường Hải An');
    expect(sheet.getCell('J4').value).toBe('Đơn vị tính: hồ sơ');
    expect(sheet.getCell('C5').value).toBe('Số hồ sơ nhận giải quyết');
    expect(sheet.getCell('G5').value).toBe('Số hồ sơ đã giải quyết');
    expect(sheet.getCell('K5').value).toBe('Số hồ sơ đang giải quyết');
    expect(['D7', 'E7', 'F7', 'H7', 'I7', 'J7', 'L7', 'M7'].map((a) => sheet.getCell(a).value)).toEqual([
      'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Trong hạn', 'Quá hạn',
    ]);
    expect(valuesOf(sheet.getRow(8))).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    expect(sheet.getCell('A5').isMerged && sheet.getCell('A7').isMerged).toBe(true);
  });

  it('has one row per field and the total row, numbers stored as numbers, and the identities hold', async () => {
    const sheet = (await workbook()).getWorksheet('Theo lĩnh vực') as ExcelJS.Worksheet;
    // Fields in the order of metrics.byField: Hộ tịch = the two civil-status procedures of the fixture.
    expect(valuesOf(sheet.getRow(9))).toEqual([1, 'Hộ tịch', 200, 80, 100, 20, 70, 40, 30, 0, 130, 130, 0]);
    expect(valuesOf(sheet.getRow(10))).toEqual([2, 'Chứng thực', 100, 10, 85, 5, 30, 10, 20, 0, 70, 70, 0]);
    expect(valuesOf(sheet.getRow(11))).toEqual([3, 'Đất đai', 25, 5, 17, 3, 8, 5, 3, 0, 17, 17, 0]);
    // (9) = đúng hạn 52 + 01 rút/từ chối; total 325 = 108 + 217 as in the seed.
    expect(valuesOf(sheet.getRow(12))).toEqual([null, 'Tổng số', 325, 95, 202, 28, 108, 55, 53, 0, 217, 217, 0]);
    for (const r of [9, 10, 11, 12]) {
      const v = (c: number) => sheet.getRow(r).getCell(c).value as number;
      expect(v(3)).toBe(v(4) + v(5) + v(6));
      expect(v(7)).toBe(v(8) + v(9) + v(10));
      expect(v(11)).toBe(v(12) + v(13));
      expect(v(3)).toBe(v(7) + v(11));
    }
    expect(String(sheet.getCell('A14').value)).toContain('Cột (9) "Đúng hạn" gồm cả hồ sơ công dân rút và hồ sơ từ chối, dừng giải quyết (01 hồ sơ trong kỳ)');
  });

  it('prints on A4 landscape with the header rows repeated, in Times New Roman', async () => {
    const wb = await workbook();
    const sheet = wb.getWorksheet('Theo lĩnh vực') as ExcelJS.Worksheet;
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toBe('5:8');
    expect(sheet.getCell('B9').font.name).toBe('Times New Roman');
  });

  it('breaks the figures down by procedure on a second sheet', async () => {
    const sheet = (await workbook()).getWorksheet('Theo thủ tục') as ExcelJS.Worksheet;
    expect(valuesOf(sheet.getRow(9))).toEqual([null, 'Hộ tịch', 200, 80, 100, 20, 70, 40, 30, 0, 130, 130, 0]);
    expect(valuesOf(sheet.getRow(10))).toEqual([1, 'Đăng ký khai sinh (1.001)', 120, 50, 60, 10, 46, 25, 21, 0, 74, 74, 0]);
    expect(valuesOf(sheet.getRow(11))).toEqual([2, 'Đăng ký kết hôn (1.002)', 80, 30, 40, 10, 24, 15, 9, 0, 56, 56, 0]);
    expect(valuesOf(sheet.getRow(16))).toEqual([null, 'Tổng số', 325, 95, 202, 28, 108, 55, 53, 0, 217, 217, 0]);
  });

  it('uses Times New Roman as the workbook default font too', async () => {
    const { profile } = haiAn();
    const { xlsx } = await renderReport({ metrics: seedMetrics(), profile, formats: ['xlsx'] });
    const styles = zipPart(xlsx as Uint8Array, 'xl/styles.xml');
    expect(styles).not.toContain('Calibri');
    expect(zipPart(xlsx as Uint8Array, 'docProps/core.xml')).toContain('2026-01-07T00:00:00Z');
  });

  it('fails loudly when the figures break an identity', () => {
    const metrics = seedMetrics();
    const broken = { ...metrics, resolved: { ...metrics.resolved, early: metrics.resolved.early + 1 } };
    expect(() => annexRows(broken)).toThrow(AnnexIdentityError);
    expect(() => annexRows(broken)).toThrow(/\(7\)=\(8\)\+\(9\)\+\(10\).*Tổng số/);
  });

  it('fails loudly when the field rows do not add up to the total', () => {
    const metrics = buildMetrics([{ code: 'x', name: 'X', field: 'F', counts: counts({ online: 1, direct: 0, carriedOver: 0, early: 1, onTime: 0, within: 0 }) }]);
    const extra = { ...metrics, byField: [...metrics.byField, { ...(metrics.byField[0] as (typeof metrics.byField)[number]), field: 'G' }] };
    expect(() => annexRows(extra)).toThrow(/cột \(3\)/);
  });
});
