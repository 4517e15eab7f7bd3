import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';

// A workbook written by another writer (exceljs, as many Node back ends export): real Date cells,
// merged cells, shared strings, styles.
describe('a workbook written by exceljs', () => {
  it('reads with its dates (serials) as local wall time and its merged two-row heading', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hồ sơ');
    ws.addRow(['DANH SÁCH HỒ SƠ']);
    ws.mergeCells('A1:F1');
    ws.addRow(['Mã hồ sơ', 'Tên TTHC', 'Tình trạng', 'Ngày', '', 'Kênh nộp']);
    ws.addRow(['', '', '', 'Tiếp nhận', 'Hẹn trả', '']);
    ws.mergeCells('A2:A3');
    ws.mergeCells('D2:E2');
    // exceljs writes a Date as the serial of its UTC time: 08:30 "UTC" is read back as 08:30 local.
    ws.addRow(['X-1', 'Đăng ký khai sinh', 'Đang giải quyết', new Date(Date.UTC(2026, 0, 5, 8, 30)), new Date(Date.UTC(2026, 0, 7, 17, 0)), 'Trực tuyến']);
    ws.getColumn(4).numFmt = 'dd/mm/yyyy hh:mm';
    ws.addRow(['Tổng số: 1']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await importDossiers([{ name: 'exceljs.xlsx', data }]);
    expect(result.inputs[0]?.rows).toEqual({ read: 5, accepted: 1, rejected: 0, skipped: 4 });
    expect(result.dossiers).toEqual([
      {
        code: 'X-1', procedureName: 'Đăng ký khai sinh', channel: 'online', status: 'processing',
        receivedAt: '2026-01-05T08:30:00', dueAt: '2026-01-07T17:00:00',
      },
    ]);
  });
});
