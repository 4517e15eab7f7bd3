import { InputError, Procedure, type ProcedureCatalog } from '@tthc/core';
import { importInputErrors } from './importErrors';
import { cleanText } from './_lib/cleanText';
import { readSmallText, smallCsvRows } from './_lib/smallCsv';
import type { ImportInput } from './importResult';

const columns = ['code', 'name', 'field', 'serviceLevel'] as const;
const levelExpected = 'none, partial or full (2, 3, 4)';
const levelByWord: Readonly<Record<string, Procedure['serviceLevel']>> = {
  none: 'none',
  partial: 'partial',
  full: 'full',
  '2': 'none',
  '3': 'partial',
  '4': 'full',
};

/**
 * Reads the unit's procedure catalog: CSV with the heading `code,name,field,serviceLevel`
 * (UTF-8, with or without BOM; read by the same CSV reader as the exports, so quoted names may
 * hold commas and line breaks) or a JSON array of the same objects. A bad line throws an
 * `InputError` naming the file, line, column, value and what was expected, in Vietnamese and
 * English.
 *
 * @param input - a file path or `{ name, data }`
 * @returns the catalog, in file order
 * @example
 * const catalog = await readCatalog('examples/hai-an/catalog.csv');
 */
export async function readCatalog(input: ImportInput): Promise<ProcedureCatalog> {
  const { name, bytes } = await readSmallText(input);
  if (bytes.toString('utf8', 0, Math.min(bytes.length, 4096)).trimStart().startsWith('[')) {
    return catalogFromJson(name, bytes.toString('utf8'));
  }
  const rows = await smallCsvRows(name, bytes, ',');
  return catalogFromCsv(name, rows);
}

function fail(file: string, line: number, column: string, value: string, expected: { vi: string; en: string }): never {
  throw new InputError(importInputErrors.catalog_invalid_value, {
    path: { file, line, column },
    params: { value, expectedVi: expected.vi, expectedEn: expected.en },
  });
}

function catalogFromCsv(file: string, rows: { cells: string[]; line: number }[]): ProcedureCatalog {
  const header = rows[0];
  if (!header) throw new InputError(importInputErrors.catalog_empty, { path: { file } });
  const heading = header.cells.map((c) => c.trim());
  const index = columns.map((c) => heading.indexOf(c));
  columns.forEach((c, i) => {
    if (index[i] === -1) {
      fail(file, header.line, c, heading.join(','), {
        vi: `dòng tiêu đề có cột ${columns.join(',')}`,
        en: `a heading line with the columns ${columns.join(',')}`,
      });
    }
  });
  return rows.slice(1).map(({ cells, line }) => {
    const get = (i: number) => cleanText((cells[index[i] ?? -1] ?? '').trim());
    return procedure(file, line, { code: get(0), name: get(1), field: get(2), serviceLevel: get(3) });
  });
}

function catalogFromJson(file: string, text: string): ProcedureCatalog {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(importInputErrors.invalid_json, { path: { file }, params: { detail: (error as Error).message }, cause: error });
  }
  if (!Array.isArray(value)) {
    fail(file, 1, '', '…', { vi: 'một mảng JSON các thủ tục', en: 'a JSON array of procedures' });
  }
  return value.map((item: unknown, i) => {
    const o = (item ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? cleanText(v.trim()) : v === undefined || v === null ? '' : String(v));
    return procedure(file, i + 1, { code: str(o.code), name: str(o.name), field: str(o.field), serviceLevel: str(o.serviceLevel) });
  });
}

function procedure(file: string, line: number, raw: Record<(typeof columns)[number], string>): Procedure {
  for (const c of ['code', 'name', 'field'] as const) {
    if (raw[c] === '') fail(file, line, c, '', { vi: 'một giá trị không rỗng', en: 'a non-empty value' });
  }
  const level = levelByWord[raw.serviceLevel.toLowerCase()];
  if (!level) fail(file, line, 'serviceLevel', raw.serviceLevel, { vi: `một trong ${levelExpected}`, en: `one of ${levelExpected}` });
  return Procedure.parse({ code: raw.code, name: raw.name, field: raw.field, serviceLevel: level });
}
