import { describe, expect, it } from 'vitest';
import { InputError } from '@tthc/core';
import { importDossiers } from '../src/index';
import { corruptXlsx, oneStopXlsx, zipBombXlsx } from '../scripts/fixtures';
import { xlsxBuffer } from '../scripts/xlsxWriter';

async function refusal(name: string, data: Uint8Array, options = {}): Promise<string> {
  const error = await importDossiers([{ name, data }], options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const message = (error as Error).message;
  expect(message.startsWith(name)).toBe(true); // names the file first
  expect(message).toContain(' / '); // Vietnamese / English
  return message;
}

describe('broken files end with an InputError naming the file and the problem', () => {
  it('a truncated workbook', async () => {
    const good = await oneStopXlsx();
    expect(await refusal('cut.xlsx', good.subarray(0, Math.floor(good.length * 0.6)))).toContain('truncated');
  });

  it('a workbook whose sheet data is corrupt', async () => {
    expect(await refusal('bad.xlsx', await corruptXlsx())).toContain('corrupt');
  });

  it('a zip that is not a workbook', async () => {
    const good = await oneStopXlsx();
    const renamed = Buffer.from(good.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xmm'), 'latin1');
    expect(await refusal('other.zip', renamed)).toContain('not a spreadsheet');
  });

  it('binary data that is not a spreadsheet', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(await refusal('photo.png', png)).toContain('not a spreadsheet');
  });

  it('an encrypted workbook (OLE2 container)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refusal('secret.xlsx', ole)).toContain('password-encrypted');
  });

  it('an empty sheet and an empty file', async () => {
    expect(await refusal('empty.xlsx', await xlsxBuffer({ name: 'S', rows: [] }))).toContain('empty');
    expect(await refusal('zero.csv', new Uint8Array(0))).toContain('empty');
  });

  it('a sheet without a recognisable heading', async () => {
    const rows = [['Họ và tên', 'Ngày sinh'], ['A', '01/01/2000']];
    expect(await refusal('people.xlsx', await xlsxBuffer({ name: 'S', rows }))).toContain('no recognisable header');
  });

  it('a zip bomb: 64 MB of inflated sheet from a few dozen kB', async () => {
    const bomb = await zipBombXlsx();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal('bomb.xlsx', bomb)).toContain('zip bomb');
  });

  it('caps the inflated size and the cell length as configured', async () => {
    const good = await oneStopXlsx();
    expect(await refusal('ds.xlsx', good, { limits: { maxInflatedBytes: 1000 } })).toContain('zip bomb');
    expect(await refusal('ds.xlsx', good, { limits: { maxCellLength: 10 } })).toContain('longer than 10');
  });

  it('invalid UTF-8 far into a CSV file is refused, not replaced', async () => {
    const head = `Số hồ sơ,Tên thủ tục,Trạng thái,Ngày tiếp nhận,Ngày hẹn trả\n${'A,Đăng ký khai sinh,Đã tiếp nhận,05/01/2026,06/01/2026\n'.repeat(3000)}`;
    const data = Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from([0x42, 0x2c, 0xff, 0xfe, 0x0a])]);
    expect(await refusal('mixed.csv', data)).toContain('line 3002, byte 3 of the line');
  });

  it('an unterminated quote', async () => {
    const data = Buffer.from('Số hồ sơ,Tên thủ tục,Trạng thái\nA,"Đăng ký,Đã tiếp nhận\n');
    expect(await refusal('q.csv', data)).toContain('quote is never closed');
  });
});
