import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';

const csv = [
  'Ma,Ten,TT,Nhan,Han,Kenh',
  'M-1,Đăng ký khai sinh,DA NHAN,2026.01.05 08:30,2026.01.06 17:00,ONL',
  'M-2,Đăng ký khai sinh,XU LY,2026.01.05 09:00,2026.01.07,OFF',
  'M-3,Đăng ký khai sinh,LẠ,2026.01.05 09:00,2026.01.07,OFF',
].join('\n');

const yaml = `name: phan-mem-x
columns:
  Ma: code
  Ten: procedureName
  TT: status
  Nhan: receivedAt
  Han: dueAt
  Kenh: channel
values:
  status:
    DA NHAN: accepted
    XU LY: processing
  channel:
    ONL: online
    OFF: direct
dateFormat: yyyy.MM.dd HH:mm
`;

describe('a mapping file for any other system', () => {
  it('maps columns, values and the date format (YAML file given as --source)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-map-'));
    writeFileSync(join(dir, 'map.yaml'), yaml);
    const result = await importDossiers([{ name: 'x.csv', data: Buffer.from(csv) }], { source: join(dir, 'map.yaml') });
    expect(result.inputs[0]?.source).toBe('mapping:phan-mem-x');
    expect(result.dossiers.map((d) => [d.code, d.status, d.channel, d.receivedAt, d.dueAt])).toEqual([
      ['M-1', 'accepted', 'online', '2026-01-05T08:30:00', '2026-01-06T17:00:00'],
      ['M-2', 'processing', 'direct', '2026-01-05T09:00:00', '2026-01-07T00:00:00'],
    ]);
    expect(result.rejected.map((i) => [i.dossierCode, i.code, i.input, i.path.column])).toEqual([['M-3', 'unknown_status', 'LẠ', 'TT']]);
  });

  it('refuses a mapping to an unknown field, naming it', async () => {
    await expect(
      importDossiers([{ name: 'x.csv', data: Buffer.from(csv) }], { mapping: { columns: { Ma: 'maHoSo' } } }),
    ).rejects.toThrow('column "Ma" maps to an unknown field "maHoSo"');
  });

  it('refuses a mapping that is not of the expected shape, naming each wrong entry in both languages', async () => {
    const mapping = { columns: { Ma: 5 }, values: 'none', headerRow: 'two' } as never;
    const run = importDossiers([{ name: 'x.csv', data: Buffer.from(csv) }], { mapping });
    await expect(run).rejects.toThrow(
      'tệp ánh xạ không hợp lệ: columns.Ma: Invalid input: expected string, received number; values: Invalid input: expected record, received string; headerRow: Invalid input: expected number, received string / ' +
        'invalid mapping file: columns.Ma: Invalid input: expected string, received number; values: Invalid input: expected record, received string; headerRow: Invalid input: expected number, received string',
    );
  });

  it('takes the heading row a mapping names, even with few known columns', async () => {
    const text = ['Báo cáo', 'Ma,Ten,TT', 'K-1,Đăng ký khai sinh,Mới đăng ký'].join('\n');
    const result = await importDossiers([{ name: 'k.csv', data: Buffer.from(text) }], {
      mapping: { columns: { Ma: 'code', Ten: 'procedureName', TT: 'status' }, headerRow: 2, headerRows: 1 },
    });
    expect(result.skipped.map((s) => [s.path.row, s.reason])).toEqual([
      [1, 'title'],
      [2, 'header'],
    ]);
    expect(result.dossiers).toEqual([{ code: 'K-1', procedureName: 'Đăng ký khai sinh', channel: 'direct', status: 'registered' }]);
    expect(result.warnings.map((w) => w.code)).toEqual(['missing_channel']);
  });
});
