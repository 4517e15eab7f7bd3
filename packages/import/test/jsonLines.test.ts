import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importDossiersLazy } from '../src/index';
import { xlsxBuffer } from '../scripts/xlsxWriter';

const example = (name: string) => fileURLToPath(new URL(`../../../examples/hai-an/${name}`, import.meta.url));
const enc = (s: string) => Buffer.from(s, 'utf8');

/** What `jsonLines()` must equal: each dossier through JSON.stringify, one per line. */
async function both(inputs: Parameters<typeof importDossiersLazy>[0], keepApplicant = false) {
  const result = await importDossiersLazy(inputs, { keepApplicant });
  const expected = Array.from(result.dossiers(), (d) => `${JSON.stringify(d)}\n`).join('');
  return { fast: Buffer.concat(Array.from(result.jsonLines())).toString('utf8'), expected, count: result.dossierCount };
}

describe('jsonLines() writes what JSON.stringify of each dossier writes', () => {
  it('for the example exports and dossiers, byte for byte', async () => {
    const { fast, expected, count } = await both([
      example('dossiers.jsonl'),
      example('exports/one-stop.xlsx'),
      example('exports/one-stop.csv'),
      example('exports/portal.json'),
    ]);
    expect(count).toBeGreaterThan(10);
    expect(fast).toBe(expected);
  });

  it('for texts that need escaping, every optional field, and the applicant when kept', async () => {
    const full = {
      code: 'Q"1\\x',
      procedureCode: '1.00\t1',
      procedureName: 'Tên "trích dẫn" \\ 😀 \ud800 end',
      fieldName: 'Hộ tịch',
      fieldCode: 'HT',
      unit: 'UBND phường Hải An',
      channel: 'postal',
      serviceLevel: 'partial',
      status: 'returned',
      submittedAt: '2026-01-05T07:00',
      receivedAt: '2026-01-05T08:00:00',
      dueAt: '2026-01-06T17:00',
      supplementRequestedAt: '2026-01-05T09:00',
      finishedAt: '2026-01-06T10:00',
      returnedAt: '2026-01-06T11:00:59',
      supplementRequests: 2,
      applicant: 'Nguyễn "Văn" A',
      paidOnline: true,
      hasDigitizedComponents: false,
      hasElectronicResult: true,
    };
    const bare = { code: 'B2', procedureName: 'x', status: 'registered', channel: 'online' };
    // Dates outside what the store keeps in 32-bit seconds (1901–2038) are kept too.
    const far = { code: 'F3', procedureName: 'x', status: 'processing', channel: 'direct', submittedAt: '1900-03-01T00:00', receivedAt: '2038-01-19T03:14:08', dueAt: '9999-12-31T23:59:59' };
    const text = [full, bare, far].map((d) => JSON.stringify(d)).join('\n');
    for (const keep of [false, true]) {
      const { fast, expected, count } = await both([{ name: 'a.jsonl', data: enc(text) }], keep);
      expect(count).toBe(3);
      expect(fast).toBe(expected);
      expect(fast).toContain('"submittedAt":"1900-03-01T00:00:00","receivedAt":"2038-01-19T03:14:08","dueAt":"9999-12-31T23:59:59"');
      expect(fast.includes('applicant')).toBe(keep);
    }
  });

  it('for lines longer than a piece (each then gets a piece of its own)', async () => {
    const long = (i: number) => ({
      code: `L${i}`,
      procedureName: `${'Đăng ký "khai sinh" '.repeat(1600)}${i}`,
      applicant: 'Nguyễn Văn Ấ '.repeat(3500),
      status: 'registered',
      channel: 'direct',
    });
    const text = [long(1), { code: 'S', procedureName: 'x', status: 'registered', channel: 'online' }, long(2)].map((d) => JSON.stringify(d)).join('\n');
    const { fast, expected, count } = await both([{ name: 'long.jsonl', data: enc(text) }], true);
    expect(count).toBe(3);
    expect(fast).toBe(expected);
  });

  it('totals rows however written (a dash, upper case, "Cộng"), and codes or names starting with t or c kept', async () => {
    const rows: (string | number)[][] = [
      ['Số hồ sơ', 'Tên thủ tục', 'Trạng thái', 'Ngày tiếp nhận'],
      ['T-001', 'Cấp bản sao trích lục', 'Đã tiếp nhận', '05/01/2026 08:00'],
      ['c-002', 'Thủ tục khác', 'Đã tiếp nhận', '05/01/2026 09:00'],
      ['- Cộng: 2 hồ sơ', '', '', ''],
      ['TỔNG CỘNG', 2, '', ''],
      ['  tong so', '', '', ''],
    ];
    const result = await importDossiersLazy([{ name: 't.xlsx', data: await xlsxBuffer({ name: 'S', rows }) }]);
    expect(result.rows).toEqual({ read: 6, accepted: 2, rejected: 0, skipped: 4 });
    expect(result.skipped.map((s) => s.reason)).toEqual(['header', 'totals', 'totals', 'totals']);
  });

  it('for a workbook whose unmapped columns are left undecoded, with a totals row', async () => {
    const rows: (string | number)[][] = [
      ['STT', 'Số hồ sơ', 'Tên thủ tục', 'Trạng thái', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ghi chú'],
      ...Array.from({ length: 60 }, (_, i) => [i + 1, `H${i}`, `Thủ tục ${i % 3}`, 'Đã tiếp nhận', '05/01/2026 08:00', 46_028.708_333_333_336, `ghi chú ${i}`]),
      ['Tổng số: 60 hồ sơ', '', '', '', '', '', 'hết'],
    ];
    const data = await xlsxBuffer({ name: 'S', rows });
    const result = await importDossiersLazy([{ name: 'w.xlsx', data }]);
    expect(result.rows).toEqual({ read: 62, accepted: 60, rejected: 0, skipped: 2 });
    expect(result.skipped.map((s) => s.reason)).toEqual(['header', 'totals']);
    const [first] = result.dossiers();
    expect(first).toMatchObject({ code: 'H0', procedureName: 'Thủ tục 0', dueAt: '2026-01-06T17:00:00' });
    expect(Buffer.concat(Array.from(result.jsonLines())).toString('utf8')).toBe(Array.from(result.dossiers(), (d) => `${JSON.stringify(d)}\n`).join(''));
  });
});
