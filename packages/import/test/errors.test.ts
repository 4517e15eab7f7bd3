import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, TthcError, UsageError, catalogProblems, formatError } from '@tthc/core';
import { importDossiers, readCatalog, readUnitsTable } from '../src/index';
import { importInputErrors, importUsageErrors } from '../src/importErrors';

const enc = (s: string) => new TextEncoder().encode(s);
const raised = async (fn: () => unknown): Promise<TthcError> => {
  try {
    await fn();
  } catch (error) {
    if (error instanceof TthcError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
};
const csv = (name: string, text: string, limits = {}) => () => importDossiers([{ name, data: enc(text) }], { limits });
const catalog = (text: string) => () => readCatalog({ name: 'c.csv', data: enc(text) });
const units = (text: string) => () => readUnitsTable({ name: 'units.csv', data: enc(text) });

// Every code of the import's catalogs, raised through the function that throws it.
const sites: Record<string, () => unknown> = {
  cannot_open: () => importDossiers(['/nonexistent/export.xlsx']),
  mapping_unreadable_file: () => importDossiers([], { source: '/nonexistent/mapping.yaml' }),
  invalid_json: () => importDossiers([{ name: 'a.json', data: enc('[{"code": ') }]),
  mapping_unparsable: () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-'));
    writeFileSync(join(dir, 'm.yaml'), 'columns: [');
    return importDossiers([], { source: join(dir, 'm.yaml') });
  },
  csv_record_too_long: csv('a.csv', `Mã hồ sơ,Tên thủ tục\nA1,"${'x'.repeat(1_200_000)}`, { maxCellLength: 20 }),
  csv_cell_too_long: csv('a.csv', `Mã hồ sơ,Tên thủ tục\nA1,${'x'.repeat(50)}\n`, { maxCellLength: 10 }),
  csv_unclosed_quote: csv('a.csv', 'Mã hồ sơ,Tên thủ tục\nA1,"Đăng ký\n'),
  catalog_invalid_value: catalog('code,name,field,serviceLevel\nA,N,F,muc-5\n'),
  catalog_empty: catalog('\n\n'),
  unknown_source: () => importDossiers([], { source: 'nowhere' }),
  units_table_empty: units('unit,profile\n'),
  units_table_missing_column: units('unit,file\nA,a.yaml\n'),
  units_table_empty_cell: units('unit,profile\nA,a.yaml\n ,b.yaml\n'),
  units_table_duplicate: units('unit,profile\nUBND phường Lê Chân,a.yaml\nubnd phuong le chan,b.yaml\n'),
};

describe('the import catalogs', () => {
  it('have no code that no throw site uses', () => {
    const sources = readdirSync(join(import.meta.dirname, '../src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts'))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
      .join('\n');
    const unused = [...Object.keys(importInputErrors).map((c) => `importInputErrors.${c}`), ...Object.keys(importUsageErrors).map((c) => `importUsageErrors.${c}`)].filter(
      (ref) => !new RegExp(`${ref.replace('.', '\\.')}\\b`).test(sources),
    );
    expect(unused).toEqual([]);
  });

  it('are sound', () => {
    expect(catalogProblems(importInputErrors, 'input')).toEqual([]);
    expect(catalogProblems(importUsageErrors, 'usage')).toEqual([]);
  });

  for (const [code, site] of Object.entries(sites)) {
    it(`${code}: raised with its code, every placeholder filled in both languages; message = vi / en`, async () => {
      const error = await raised(site);
      expect(error.code).toBe(code);
      expect(error).toBeInstanceOf(code === 'unknown_source' ? UsageError : InputError);
      for (const lang of ['vi', 'en'] as const) expect(formatError(error, lang)).not.toMatch(/(?<!\{)\{[A-Za-z]\w*\}(?!\})/);
      expect(error.message).toBe(`${formatError(error, 'vi')} / ${formatError(error, 'en', { file: false })}`);
      // Alone, the English text names the file as the Vietnamese one does.
      if (error.path.file !== undefined) expect(formatError(error, 'en')).toContain(error.path.file);
    });
  }

  it('keeps the place as data: file, row and column of a quote never closed', async () => {
    const error = await raised(sites.csv_unclosed_quote!);
    expect(error.path).toEqual({ file: 'a.csv', row: 2, column: 2 });
  });
});
