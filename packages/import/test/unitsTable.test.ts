import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readUnitsTable } from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'tthc-units-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const buffer = (text: string) => ({ name: 'units.csv', data: new TextEncoder().encode(text) });

describe('readUnitsTable', () => {
  it('reads unit,profile rows with profile paths relative to the table, in file order', async () => {
    const path = file('units.csv', '\ufeffunit,profile\r\nUBND phường Lê Chân,profiles/le-chan.yaml\r\n"UBND phường Ngô Quyền, Hải Phòng",/abs/ngo-quyen.yaml\r\n\r\n');
    expect(await readUnitsTable(path)).toEqual([
      { unit: 'UBND phường Lê Chân', profile: join(dir, 'profiles/le-chan.yaml'), line: 2 },
      { unit: 'UBND phường Ngô Quyền, Hải Phòng', profile: '/abs/ngo-quyen.yaml', line: 3 },
    ]);
  });

  it('takes the columns in any order, other columns ignored, semicolons as Excel saves them, NFC names', async () => {
    const rows = await readUnitsTable(buffer('ghi chú;profile;unit\nx;a.yaml;UBND phường Hồng Bàng'.normalize('NFD')));
    expect(rows).toEqual([{ unit: 'UBND phường Hồng Bàng', profile: 'a.yaml', line: 2 }]);
  });

  it('names the file, line and column of an empty table, a missing column, an empty cell, a unit listed twice', async () => {
    await expect(readUnitsTable(buffer('unit,profile\n'))).rejects.toThrow('units.csv: bảng đơn vị rỗng / the units table is empty');
    await expect(readUnitsTable(buffer('unit,file\nA,a.yaml\n'))).rejects.toThrow('units.csv, dòng 1: thiếu cột profile');
    await expect(readUnitsTable(buffer('unit,profile\nA,a.yaml\n ,b.yaml\n'))).rejects.toThrow('units.csv, dòng 3, cột "unit": ô trống');
    await expect(readUnitsTable(buffer('unit,profile\nUBND phường Lê Chân,a.yaml\nubnd phuong le chan,b.yaml\n'))).rejects.toThrow(
      'units.csv, dòng 3: đơn vị "ubnd phuong le chan" đã có ở dòng 2',
    );
  });
});
