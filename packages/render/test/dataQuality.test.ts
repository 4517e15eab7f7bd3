import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { comparedValues, reportIssue } from '@tthc/core';
import { renderReport } from '../src/index';
import { haiAn } from './helpers/example';
import { seedMetrics } from './fixtures/metrics';

// The annex's data-quality sheet: the accounting, counts by kind, first examples.

describe('XLSX annex: the data-quality sheet', () => {
  it('counts the rejected rows and the warnings by code, with up to three examples, and no personal data', async () => {
    const file = 'ds.xlsx';
    const warnings = ['HS-1', 'HS-2', 'HS-3', 'HS-4'].map((code, i) =>
      reportIssue({ code: 'missing_channel', path: { file, sheet: 'DS', row: 5 + i }, dossierCode: code, field: 'channel' }),
    );
    warnings.push(reportIssue({ code: 'assumed_end_date', path: { file, row: 9 }, dossierCode: 'HS-9', field: 'finishedAt', input: '2026-01-02T08:00:00' }));
    const rejected = [reportIssue({ code: 'unknown_status', path: { file, row: 12, column: 'Trạng thái' }, dossierCode: 'HS-12', field: 'status', input: 'Đang ngâm' })];
    const metrics = { ...seedMetrics(), rows: { read: 20, accepted: 17, rejected: 1, skipped: 2 }, warnings, rejectedRows: rejected, skippedRows: [{ path: { file, row: 1 }, reason: 'title' as const }, { path: { file, row: 3 }, reason: 'blank' as const }] };
    const { profile, notes } = haiAn();
    const { xlsx } = await renderReport({ metrics, profile, notes, formats: ['xlsx'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx as Uint8Array) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Chất lượng dữ liệu') as ExcelJS.Worksheet;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[1]?.[0]).toBe('Số dòng đã đọc: 20 = nhận 17 + loại 1 + bỏ qua 2');
    expect(rows.slice(3).map((r) => r.slice(0, 3))).toEqual([
      ['Dòng bị loại', 'unknown_status', 1],
      ['Cảnh báo (giả định)', 'missing_channel', 4],
      ['Cảnh báo (giả định)', 'assumed_end_date', 1],
      ['Dòng bỏ qua', 'title', 1],
      ['Dòng bỏ qua', 'blank', 1],
    ]);
    expect(String(rows[4]?.[3]).split('\n')).toHaveLength(3); // the first three examples of four
    expect(String(rows[4]?.[3])).toContain('ds.xlsx, trang tính "DS", dòng 5');
  });

  it("lists a unit's carried-over mismatch by code, each way, with why, after the rows", async () => {
    const { profile, notes } = haiAn();
    const message = { vi: 'Phường Hải An: số hồ sơ chuyển từ kỳ trước không khớp …', en: 'Phường Hải An: the dossiers carried over do not match …' };
    const carriedOver = { message, missing: [{ code: 'HS-1', reason: 'absent' }, { code: 'HS-2', reason: 'ended_before_period' }], unexpected: [{ code: 'HS-7', reason: 'not_open_then' }] };
    const read = async (options: { carriedOver?: typeof carriedOver }) => {
      const { xlsx } = await renderReport({ metrics: seedMetrics(), profile, notes, formats: ['xlsx'], ...options });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(xlsx as Uint8Array) as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      (wb.getWorksheet('Chất lượng dữ liệu') as ExcelJS.Worksheet).eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
      return rows;
    };
    const rows = await read({ carriedOver });
    expect(rows.slice(-3)).toEqual([
      ['Hồ sơ chuyển kỳ', 'carried_over_mismatch', 3, message.vi],
      ['', 'Còn tồn kỳ trước, không chuyển sang', 2, 'HS-1 (absent), HS-2 (ended_before_period)'],
      ['', 'Chuyển sang, không còn tồn kỳ trước', 1, 'HS-7 (not_open_then)'],
    ]);
    expect((await read({})).flat()).not.toContain('carried_over_mismatch');
  });

  it('adds the sheet "Các kỳ trước" with the earlier periods given, oldest first, then this one', async () => {
    const { profile, notes } = haiAn();
    const now = seedMetrics();
    const earlier = (from: string, to: string, received: number) => ({ period: { from, to }, values: { ...comparedValues(now), received, onTimeRate: null } });
    const recent = [earlier('2025-11-27', '2025-12-10', 300), earlier('2025-12-11', '2025-12-24', 310)];
    const { xlsx } = await renderReport({ metrics: now, profile, notes, formats: ['xlsx'], recent });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx as Uint8Array) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    (wb.getWorksheet('Các kỳ trước') as ExcelJS.Worksheet).eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Kỳ báo cáo', 'Tiếp nhận'],
      ['27/11/2025 - 10/12/2025', 300],
      ['11/12/2025 - 24/12/2025', 310],
      ['25/12/2025 - 07/01/2026 (kỳ này)', now.received.total],
    ]);
    // Every compared figure in its column; a rate unknown is an empty cell.
    expect(rows[0]?.slice(2)).toEqual(['Đã giải quyết', 'Đúng hạn, trước hạn', 'Quá hạn (đã giải quyết)', 'Quá hạn đang xử lý', 'Tỷ lệ trực tuyến (%)', 'Tỷ lệ đúng hạn (%)']);
    expect(rows[3]?.slice(2)).toEqual([now.resolved.total, now.resolved.early + now.resolved.onTime, now.resolved.late, now.inProgress.overdue, now.onlineDossierRate ?? '', now.onTimeRate ?? '']);
    expect(rows[1]?.[7]).toBe('');
    const { xlsx: plain } = await renderReport({ metrics: now, profile, notes, formats: ['xlsx'] });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(plain as Uint8Array) as unknown as ArrayBuffer);
    expect(wb2.getWorksheet('Các kỳ trước')).toBeUndefined();
  });
});
