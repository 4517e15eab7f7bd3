import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';
import { oneStopRows, oneStopXlsx } from '../scripts/fixtures';
import { xlsxBuffer, toSerial } from '../scripts/xlsxWriter';

describe('importDossiers on a one-stop workbook (two-row merged heading, NFD, serial and text dates)', () => {
  it('accounts for all 13 rows: 3 accepted, 3 rejected, 7 skipped (titles, blanks, heading, totals)', async () => {
    const result = await importDossiers([{ name: 'ds.xlsx', data: await oneStopXlsx() }]);
    expect(result.inputs).toEqual([
      { name: 'ds.xlsx', source: 'one-stop', format: 'xlsx', sheet: 'Danh sách', rows: { read: 13, accepted: 3, rejected: 3, skipped: 7 } },
    ]);
    expect(result.skipped.map((s) => [s.path.row, s.reason])).toEqual([
      [1, 'title'],
      [2, 'title'],
      [3, 'blank'],
      [4, 'header'],
      [5, 'header'],
      [8, 'blank'], // left out of the XML: still a row the user sees
      [13, 'totals'],
    ]);
    expect(result.rejected.map((i) => [i.path.row, i.code, i.path.column, i.input])).toEqual([
      [9, 'invalid_date', 'Ngày Tiếp nhận', '60'], // serial 60 = 29/02/1900, which never was
      [10, 'unknown_status', 'Trạng thái', 'Đang ngâm'],
      [11, 'invalid_date', 'Ngày Tiếp nhận', '01/13/2026'], // day first, always: no 13th month
    ]);
    expect(result.rejected.every((i) => i.path.sheet === 'Danh sách' && i.path.file === 'ds.xlsx')).toBe(true);
  });

  it('reads serials as UTC+7 wall time, text dates day first, TCVN3 text as Unicode', async () => {
    const { dossiers } = await importDossiers([{ name: 'ds.xlsx', data: await oneStopXlsx() }]);
    expect(dossiers).toEqual([
      {
        code: 'HS-001', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', fieldName: 'Hộ tịch', channel: 'online',
        status: 'returned', submittedAt: '2026-01-05T08:00:00', receivedAt: '2026-01-05T08:30:00', dueAt: '2026-01-05T17:00:00',
        returnedAt: '2026-01-05T10:15:00',
      },
      {
        code: 'HS-002', procedureCode: '2.000815', procedureName: 'Chứng thực bản sao', fieldName: 'Chứng thực', channel: 'direct',
        status: 'processing', submittedAt: '2026-01-05T09:00:00', receivedAt: '2026-01-05T09:05:30', dueAt: '2026-01-07T17:00:00',
      },
      {
        code: 'HS-006', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', fieldName: 'Hộ tịch', channel: 'online',
        status: 'returned', receivedAt: '2026-01-06T08:00:00', dueAt: '2026-01-06T17:00:00', returnedAt: '2026-01-06T16:00:00',
      },
    ]);
  });

  it('gives the same result with inline strings, shared strings stored first, and prefixed elements (<x:row>)', async () => {
    const base = await importDossiers([{ name: 'ds.xlsx', data: await oneStopXlsx() }]);
    for (const options of [{ inlineStrings: true }, { sharedStringsFirst: true }, { prefix: 'x' }, { prefix: 'x', inlineStrings: true }]) {
      const other = await importDossiers([{ name: 'ds.xlsx', data: await oneStopXlsx(options) }]);
      expect(other.dossiers).toEqual(base.dossiers);
      expect(other.rows).toEqual(base.rows);
      expect(other.rejected).toEqual(base.rejected);
    }
  });

  it('reads serials of a 1904-based workbook', async () => {
    const rows = [
      ['Số hồ sơ', 'Tên thủ tục', 'Trạng thái', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
      ['A', 'Đăng ký khai sinh', 'Đã tiếp nhận', { serial: toSerial('2026-01-05T08:00:00') - 1462 }, '06/01/2026 17:00'],
    ];
    const data = await xlsxBuffer({ name: 'S', rows }, { date1904: true });
    const { dossiers } = await importDossiers([{ name: 'a.xlsx', data }]);
    expect(dossiers[0]?.receivedAt).toBe('2026-01-05T08:00:00');
  });

  it('picks the sheet named by a mapping and reports a missing one', async () => {
    const data = await oneStopXlsx();
    await expect(
      importDossiers([{ name: 'ds.xlsx', data }], { mapping: { columns: { 'Số hồ sơ': 'code' }, sheet: 'Không có' } }),
    ).rejects.toThrow('ds.xlsx: không có trang tính "Không có"');
  });

  it('finds the dossier list on a later sheet when the first is a summary, and says so', async () => {
    const { rows, merges } = oneStopRows();
    const summary = { name: 'Tổng hợp', rows: [['BÁO CÁO TỔNG HỢP'], ['Lĩnh vực', 'Số hồ sơ'], ['Hộ tịch', 5]] };
    const data = await xlsxBuffer([summary, { name: 'Chi tiết', rows, merges }]);
    const result = await importDossiers([{ name: 'two.xlsx', data }]);
    expect(result.inputs[0]).toMatchObject({ sheet: 'Chi tiết', rows: { read: 13, accepted: 3, rejected: 3, skipped: 7 } });
    const none = await xlsxBuffer([summary, { name: 'Trống', rows: [] }]);
    await expect(importDossiers([{ name: 'none.xlsx', data: none }])).rejects.toThrow(
      'no sheet holds a dossier list with a recognisable header (Tổng hợp, Trống)',
    );
  });
});
