import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';
import { civilStatusXlsx, portalJson } from '../scripts/fixtures';

describe('the portal sync payload (HoSoDongBoDVC)', () => {
  it('maps the portal names, codes and yyyyMMddHHmmss dates; nested lists give counts and flags', async () => {
    const result = await importDossiers([{ name: 'p.json', data: portalJson() }], { keepApplicant: true });
    expect(result.inputs[0]).toEqual({ name: 'p.json', source: 'portal', format: 'json', rows: { read: 4, accepted: 2, rejected: 1, skipped: 1 } });
    expect(result.dossiers).toEqual([
      {
        code: 'P-1', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', fieldName: 'Hộ tịch', unit: 'UBND phường Hải An',
        channel: 'online', serviceLevel: 'full', status: 'returned', applicant: 'Nguyễn Văn Bí Mật',
        submittedAt: '2026-01-05T07:45:00', receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-05T17:00:00',
        finishedAt: '2026-01-05T09:30:00', returnedAt: '2026-01-05T10:00:00', supplementRequests: 2, paidOnline: true,
        hasDigitizedComponents: true, hasElectronicResult: true,
      },
      { code: 'P-2', procedureCode: '2.000815', procedureName: 'Chứng thực bản sao', channel: 'direct', status: 'notAccepted', submittedAt: '2026-01-05T09:00:00' },
    ]);
    expect(result.rejected).toEqual([
      {
        code: 'unknown_status', path: { file: 'p.json', row: 3, column: 'TrangThaiHoSo' }, dossierCode: 'P-3', field: 'status',
        input: '11', expected: 'a known status (Mới đăng ký … Đã trả kết quả) or code 1–10',
      },
    ]);
    expect(result.skipped).toEqual([{ path: { file: 'p.json', row: 4 }, reason: 'blank' }]);
  });

  it('drops the applicant by default', async () => {
    const { dossiers } = await importDossiers([{ name: 'p.json', data: portalJson() }]);
    expect(JSON.stringify(dossiers)).not.toContain('Bí Mật');
  });
});

describe('the civil-status (hộ tịch) list', () => {
  it('is detected by "Loại việc" and reads its own codes 1, 2, 3, 4, 6', async () => {
    const result = await importDossiers([{ name: 'ht.xlsx', data: await civilStatusXlsx() }]);
    expect(result.inputs[0]?.source).toBe('civil-status');
    expect(result.dossiers.map((d) => [d.code, d.status, d.fieldName])).toEqual([
      ['HT-1', 'registered', 'Hộ tịch'], // 1 chờ tiếp nhận
      ['HT-2', 'supplementRequested', 'Hộ tịch'], // 2 yêu cầu bổ sung
      ['HT-3', 'processing', 'Hộ tịch'], // 3 đang xử lý
      ['HT-4', 'returned', 'Hộ tịch'], // 4 có kết quả, returned on 05/01
      ['HT-5', 'notAccepted', 'Hộ tịch'], // 6 từ chối before it was received
      ['HT-6', 'stopped', 'Hộ tịch'], // "Từ chối" after it was received
    ]);
    // 5 is not a code of that system.
    expect(result.rejected.map((i) => [i.dossierCode, i.code, i.input])).toEqual([['HT-7', 'unknown_status', '5']]);
  });
});
