import { describe, expect, it } from 'vitest';
import { InputError, computeMetrics } from '@tthc/core';
import { importDossiers } from '../src/index';
import { toSerial, xlsxBuffer } from '../scripts/xlsxWriter';

// What real systems leave out is filled by the portal's rules, each a warning with
// its own code; damage that would make figures wrong is refused.

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
const heading = 'Mã hồ sơ;Mã thủ tục;Nội dung;Cơ quan thụ lý;Người nộp hồ sơ;Chủ hồ sơ;Ngày tiếp nhận;Ngày hẹn trả;Ngày gia hạn;Ngày yêu cầu bổ sung;Ngày hoàn thành;Trạng thái;Trực tuyến';

describe('what real systems leave out is assumed by the portal\'s rules, and listed', () => {
  // An OpenCPS-style dossier list (docs/sources.md): "Nội dung" holds the procedure name.
  const data = csv([
    heading,
    'OC-1;1.001;Đăng ký khai sinh;UBND xã;;Hộ A;02/03/2026 08:00;03/03/2026 17:00;05/03/2026 17:00;;04/03/2026 10:00;Đã trả kết quả;true',
    'OC-2;1.001;Đăng ký khai sinh;UBND xã;Người B;Hộ B;02/03/2026 09:00;;;;;Chờ xử lý;false',
    'OC-3;1.001;Đăng ký khai sinh;UBND xã;;Hộ C;02/03/2026 10:00;04/03/2026 17:00;;;;Từ chối xử lý;true',
    'OC-4;1.001;Đăng ký khai sinh;UBND xã;;Hộ D;02/03/2026 11:00;04/03/2026 17:00;;03/03/2026 08:30;;Chờ trả kết quả;',
  ]);

  it('reads every row, with one warning per assumption naming the dossier and what was assumed', async () => {
    const result = await importDossiers([{ name: 'opencps.csv', data }], { keepApplicant: true });
    expect(result.rows).toEqual({ read: 5, accepted: 4, rejected: 0, skipped: 1 });
    expect(result.warnings.map((w) => [w.dossierCode, w.code, w.input])).toEqual([
      ['OC-1', 'extended_due_date', '2026-03-05T17:00:00'],
      ['OC-1', 'channel_from_online_flag', 'online'],
      ['OC-2', 'channel_from_online_flag', 'direct'],
      ['OC-2', 'assumed_within_deadline', undefined],
      ['OC-3', 'channel_from_online_flag', 'online'],
      ['OC-3', 'assumed_end_date', '2026-03-02T10:00:00'], // stopped with no end: its receipt, the latest date it has
      ['OC-4', 'assumed_end_date', '2026-03-03T08:30:00'], // processed with no end: the supplement request
      ['OC-4', 'missing_channel', undefined],
    ]);
    const byCode = new Map(result.dossiers.map((d) => [d.code, d]));
    expect(byCode.get('OC-1')).toMatchObject({ procedureName: 'Đăng ký khai sinh', dueAt: '2026-03-05T17:00:00', channel: 'online', status: 'returned' });
    expect(byCode.get('OC-2')).toMatchObject({ applicant: 'Hộ B', status: 'processing', channel: 'direct' }); // Chủ hồ sơ, not Người nộp
    expect(byCode.get('OC-2')?.dueAt).toBeUndefined();
    expect(byCode.get('OC-3')).toMatchObject({ status: 'stopped', finishedAt: '2026-03-02T10:00:00' });
    expect(byCode.get('OC-4')).toMatchObject({ status: 'processed', finishedAt: '2026-03-03T08:30:00' });
  });

  it('counts the assumed dossiers by the rules: an extended due date met is on time, no due date within deadline', async () => {
    const { dossiers } = await importDossiers([{ name: 'opencps.csv', data }]);
    const m = computeMetrics(dossiers, { period: { from: '2026-03-01', to: '2026-03-31' } });
    // By hand: OC-1 ended 04/03 10:00 before its extended due 05/03 17:00 → early; OC-4 ended
    // 03/03 08:30 before 04/03 17:00 → early; OC-3 stopped → withdrawn/rejected; OC-2 open, no due → within deadline.
    expect(m.resolved).toMatchObject({ total: 3, early: 2, onTime: 0, late: 0, withdrawnOrRejected: 1 });
    expect(m.inProgress).toMatchObject({ total: 1, withinDeadline: 1, overdue: 0 });
  });

  it('the portal payload: ended statuses sent without an end date take their latest date', async () => {
    const portal = [
      { MaHoSo: 'P-1', TenTTHC: 'Chứng thực', TrangThaiHoSo: 9, KenhThucHien: 2, NgayTiepNhan: '20260302080000', NgayHenTra: '20260303170000' },
      { MaHoSo: 'P-2', TenTTHC: 'Chứng thực', TrangThaiHoSo: 7, KenhThucHien: 1, NgayTiepNhan: '20260302090000' },
    ];
    const result = await importDossiers([{ name: 'sync.json', data: Buffer.from(JSON.stringify(portal)) }]);
    expect(result.rows.rejected).toBe(0);
    expect(result.warnings.map((w) => [w.dossierCode, w.code])).toEqual([
      ['P-1', 'assumed_end_date'],
      ['P-2', 'assumed_end_date'],
    ]);
  });
});

describe('damage that would make the figures wrong is refused', () => {
  const rows = (texts: string[]) => [
    ['Số hồ sơ', 'Tên thủ tục', 'Trạng thái', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
    // 01/07 and 02/07/2025 became 7 January and 7 February (date cells); 13/07 and 14/07 stayed text.
    ['A', 'Khai sinh', 'Đang xử lý', { serial: toSerial('2025-01-07T08:00:00') }, '20/07/2025'],
    ['B', 'Khai sinh', 'Đang xử lý', { serial: toSerial('2025-02-07T08:00:00') }, '20/07/2025'],
    ...texts.map((t, i) => [`C${i}`, 'Khai sinh', 'Đang xử lý', t, '20/07/2025']),
  ];

  it('a date column of date cells and day-first texts whose day is always above 12: refused, naming the column', async () => {
    const data = await xlsxBuffer({ name: 'DS', rows: rows(['13/07/2025 08:00', '14/07/2025']) });
    const error = await importDossiers([{ name: 'swapped.xlsx', data }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('swapped.xlsx (DS), cột "Ngày tiếp nhận"');
    expect((error as Error).message).toContain('Export the file from the system again');
  });

  it('the same mix with a day-first text of day ≤ 12 is a genuine mix, and is read', async () => {
    const data = await xlsxBuffer({ name: 'DS', rows: rows(['13/07/2025 08:00', '05/07/2025']) });
    expect((await importDossiers([{ name: 'mixed.xlsx', data }])).rows.accepted).toBe(4);
  });

  it('a CSV whose ISO dates were written by a program next to day-first texts above 12: refused', async () => {
    const data = csv(['Số hồ sơ;Tên thủ tục;Trạng thái;Ngày tiếp nhận;Ngày hẹn trả', 'A;KS;Đang xử lý;2025-01-07;20/07/2025', 'B;KS;Đang xử lý;13/07/2025;20/07/2025']);
    await expect(importDossiers([{ name: 'iso.csv', data }])).rejects.toThrow('cột "Ngày tiếp nhận"');
  });

  it('one bad byte in a UTF-8 CSV is reported where it is, never read as windows-1252', async () => {
    const good = csv([heading, 'OC-1;1.001;Đăng ký khai sinh;UBND xã;;Hộ A;02/03/2026 08:00;03/03/2026 17:00;;;04/03/2026 10:00;Đã trả kết quả;true']);
    const at = good.indexOf('UBND');
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    await expect(importDossiers([{ name: 'stray.csv', data: bad }])).rejects.toThrow(/stray\.csv, dòng 2, byte thứ \d+ .*invalid byte 0xFF in UTF-8 text/);
    // Far into the file (after the first 64 kB that choose the encoding): the same place is named.
    const filler = Array.from({ length: 900 }, (_, i) => `F-${i};1.001;Đăng ký khai sinh;UBND xã;;Hộ;02/03/2026 08:00;03/03/2026 17:00;;;;Đang xử lý;true`);
    const long = csv([heading, ...filler]);
    const cut = long.lastIndexOf('UBND');
    const late = Buffer.concat([long.subarray(0, cut), Buffer.from([0xc3, 0x28]), long.subarray(cut)]);
    await expect(importDossiers([{ name: 'late.csv', data: late }])).rejects.toThrow('late.csv, dòng 901');
  });

  it('a lone UTF-16 surrogate is refused, never decoded to U+FFFD', async () => {
    const text = `\uFEFFSố hồ sơ\tTên thủ tục\tTrạng thái\tNgày tiếp nhận\tNgày hẹn trả\r\nA\tKhai sinh\uD800\tĐang xử lý\t02/03/2026\t03/03/2026\r\n`;
    const bytes = Buffer.alloc(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), i * 2);
    await expect(importDossiers([{ name: 'u16.tsv', data: bytes }])).rejects.toThrow('lone UTF-16 surrogate');
  });
});
