import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';

// The same list written by programs we did not write (scripts/other-programs/make.ts)
// reads as the canonical dossiers built straight from its rows (expected.jsonl).

const dir = join(__dirname, 'fixtures', 'other-programs');
const expected = readFileSync(join(dir, 'expected.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as object);

describe('workbooks written by other programs give the canonical dossiers', () => {
  it.each([
    ['openpyxl.xlsx', 'xlsx'],
    ['xlsxwriter.xlsx', 'xlsx'],
    ['exceljs.xlsx', 'xlsx'],
    ['sheetjs.xlsx', 'xlsx'],
    ['libreoffice.xlsx', 'xlsx'],
    ['libreoffice.xls', 'xls'],
    ['libreoffice.ods', 'ods'],
  ])('%s', async (file, format) => {
    const result = await importDossiers([join(dir, file)]);
    expect(result.inputs[0]?.format).toBe(format);
    expect(result.rows.rejected).toBe(0);
    expect(result.dossiers).toEqual(expected);
  });
});
