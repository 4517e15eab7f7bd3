import { describe, expect, it } from 'vitest';
import { InputError } from '@tthc/core';
import { ImportResult, importDossiers, readCatalog } from '../src/index';

const enc = (s: string) => new TextEncoder().encode(s);
const line = (o: object) => JSON.stringify(o);
const returned = {
  code: 'H26-001',
  procedureName: 'Đăng ký khai sinh',
  status: 'returned',
  channel: 'online',
  receivedAt: '2026-01-05T08:00:00',
  dueAt: '2026-01-05T17:00:00',
  returnedAt: '2026-01-05T10:00:00',
  applicant: 'Nguyễn Văn A',
};

describe('importDossiers on canonical JSON Lines', () => {
  it('accounts for every line: accepted, rejected (not JSON, invalid), skipped (blank)', async () => {
    const text = [
      line(returned),
      '',
      '{not json',
      line({ ...returned, code: 'H26-002', status: 'unheard-of' }),
      '   ',
      line({ ...returned, code: 'H26-003', status: 'processing', returnedAt: undefined }),
    ].join('\n');
    const result = await importDossiers([{ name: 'a.jsonl', data: enc(text) }]);
    expect(ImportResult.safeParse(result).success).toBe(true);
    expect(result.rows).toEqual({ read: 6, accepted: 2, rejected: 2, skipped: 2 });
    expect(result.inputs).toEqual([
      { name: 'a.jsonl', source: 'canonical', format: 'jsonl', rows: { read: 6, accepted: 2, rejected: 2, skipped: 2 } },
    ]);
    expect(result.skipped).toEqual([
      { path: { file: 'a.jsonl', row: 2 }, reason: 'blank' },
      { path: { file: 'a.jsonl', row: 5 }, reason: 'blank' },
    ]);
    expect(result.rejected.map((i) => [i.code, i.path.row, i.input])).toEqual([
      ['invalid_syntax', 3, 'invalid JSON at character 2'], // the line itself is never quoted
      ['unknown_status', 4, 'unheard-of'],
    ]);
    expect(result.dossiers.map((d) => d.code)).toEqual(['H26-001', 'H26-003']);
  });

  it('drops the applicant unless asked to keep it', async () => {
    const data = enc(line(returned));
    const [without] = (await importDossiers([{ name: 'a.jsonl', data }])).dossiers;
    const [kept] = (await importDossiers([{ name: 'a.jsonl', data }], { keepApplicant: true })).dossiers;
    expect(without?.applicant).toBeUndefined();
    expect(kept?.applicant).toBe('Nguyễn Văn A');
  });

  it('counts one dossier once across inputs, keeping the most advanced state and reporting the disagreement', async () => {
    const open = line({ ...returned, status: 'processing', returnedAt: undefined });
    const result = await importDossiers([
      { name: 'old.jsonl', data: enc(open) },
      { name: 'new.jsonl', data: enc(line(returned)) },
    ]);
    expect(result.rows).toEqual({ read: 2, accepted: 2, rejected: 0, skipped: 0 });
    expect(result.dossiers).toHaveLength(1);
    expect(result.dossiers[0]?.status).toBe('returned');
    expect(result.conflicts).toEqual([
      {
        code: 'conflict',
        path: { file: 'old.jsonl', row: 1 },
        dossierCode: 'H26-001',
        field: 'status',
        input: 'processing',
        expected: 'returned (new.jsonl #1)',
      },
    ]);
  });

  it('refuses a date written as a number in a canonical line (never read as a time), quoting it', async () => {
    const result = await importDossiers([{ name: 'a.jsonl', data: enc(line({ ...returned, dueAt: 1_767_632_400_000 })) }]);
    expect(result.rows).toEqual({ read: 1, accepted: 0, rejected: 1, skipped: 0 });
    expect(result.rejected.map((i) => [i.code, i.field, i.input])).toEqual([['invalid_date', 'dueAt', '1767632400000']]);
  });

  it('quotes disagreeing dates of two inputs as local date-times', async () => {
    const result = await importDossiers([
      { name: 'a.jsonl', data: enc(line(returned)) },
      { name: 'b.jsonl', data: enc(line({ ...returned, dueAt: '2026-01-06T17:00' })) },
    ]);
    expect(result.dossiers[0]?.dueAt).toBe('2026-01-05T17:00:00');
    expect(result.conflicts.map((c) => [c.field, c.input, c.expected])).toEqual([
      ['dueAt', '2026-01-06T17:00:00', '2026-01-05T17:00:00 (a.jsonl #1)'],
    ]);
  });

  it('normalises text to NFC and removes control characters', async () => {
    const nfd = 'Đăng ký khai sinh'.normalize('NFD');
    const result = await importDossiers([{ name: 'a.jsonl', data: enc(line({ ...returned, procedureName: `${nfd}\u0007` })) }]);
    expect(result.dossiers[0]?.procedureName).toBe('Đăng ký khai sinh');
  });

  it('refuses a missing file with an InputError naming it', async () => {
    await expect(importDossiers(['/nonexistent/x.jsonl'])).rejects.toThrow(InputError);
    await expect(importDossiers(['/nonexistent/x.jsonl'])).rejects.toThrow('/nonexistent/x.jsonl');
  });
});

describe('readCatalog', () => {
  it('reads CSV with a BOM and quoted names', async () => {
    const csv = '\ufeffcode,name,field,serviceLevel\n1.001,"Đăng ký khai sinh, kết hôn",Hộ tịch,full\r\n2.002,Chứng thực,Chứng thực,3\n';
    const catalog = await readCatalog({ name: 'c.csv', data: enc(csv) });
    expect(catalog).toEqual([
      { code: '1.001', name: 'Đăng ký khai sinh, kết hôn', field: 'Hộ tịch', serviceLevel: 'full' },
      { code: '2.002', name: 'Chứng thực', field: 'Chứng thực', serviceLevel: 'partial' },
    ]);
  });

  it('reads a quoted name with a line break, as the exports are read (one CSV reader)', async () => {
    const csv = 'code,name,field,serviceLevel\n1.001,"Đăng ký khai sinh\n(lưu động)",Hộ tịch,full\n\n2.002,Chứng thực,Chứng thực,3\n';
    const catalog = await readCatalog({ name: 'c.csv', data: enc(csv) });
    expect(catalog.map((p) => p.name)).toEqual(['Đăng ký khai sinh\n(lưu động)', 'Chứng thực']);
    const unclosed = await readCatalog({ name: 'c.csv', data: enc('code,name,field,serviceLevel\n1.001,"Đăng ký,Hộ tịch,full\n') }).catch((e: unknown) => e);
    expect((unclosed as Error).message).toMatch(/^c\.csv, dòng 2, cột 2: .* \/ row 2, column 2: a quote is never closed/);
  });

  it('reads a JSON array', async () => {
    const json = JSON.stringify([{ code: 'A', name: 'N', field: 'F', serviceLevel: 'none' }]);
    expect(await readCatalog({ name: 'c.json', data: enc(json) })).toEqual([
      { code: 'A', name: 'N', field: 'F', serviceLevel: 'none' },
    ]);
  });

  it('reads the optional timeLimit column: working days, hours, same day, or none', async () => {
    const csv =
      'code,name,field,serviceLevel,timeLimit\n' +
      'A,N,F,full,3\nB,N,F,full,03 ngày làm việc\nC,N,F,full,"0,5 ngày"\nD,N,F,full,4 giờ\nE,N,F,full,Trong ngày\nF,N,F,full,\nG,N,F,full,8h\n';
    const catalog = await readCatalog({ name: 'c.csv', data: enc(csv) });
    expect(catalog.map((p) => [p.code, p.timeLimit])).toEqual([
      ['A', { amount: 3, unit: 'workingDays' }],
      ['B', { amount: 3, unit: 'workingDays' }],
      ['C', { amount: 0.5, unit: 'workingDays' }],
      ['D', { amount: 4, unit: 'workingHours' }],
      ['E', { amount: 0, unit: 'workingDays' }],
      ['F', undefined],
      ['G', { amount: 8, unit: 'workingHours' }],
    ]);
    const json = JSON.stringify([
      { code: 'A', name: 'N', field: 'F', serviceLevel: 'none', timeLimit: '2 ngày' },
      { code: 'B', name: 'N', field: 'F', serviceLevel: 'none', timeLimit: { amount: 4, unit: 'workingHours' } },
    ]);
    expect((await readCatalog({ name: 'c.json', data: enc(json) })).map((p) => p.timeLimit)).toEqual([
      { amount: 2, unit: 'workingDays' },
      { amount: 4, unit: 'workingHours' },
    ]);
    const bad = await readCatalog({ name: 'c.csv', data: enc('code,name,field,serviceLevel,timeLimit\nA,N,F,full,3 tuần\n') }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InputError);
    expect((bad as Error).message).toContain('c.csv, line 2, column "timeLimit": invalid value "3 tuần", expected a time limit in working days or hours');
  });

  it('names file, line, column, value and what was expected for a bad line', async () => {
    const csv = 'code,name,field,serviceLevel\nA,N,F,full\nB,N,F,muc-5\n';
    const error = await readCatalog({ name: 'c.csv', data: enc(csv) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('c.csv, dòng 3, cột "serviceLevel": giá trị "muc-5"');
    expect((error as Error).message).toContain('c.csv, line 3, column "serviceLevel": invalid value "muc-5", expected one of none');
  });
});
