import { InputError, Procedure, TimeLimit, type ProcedureCatalog } from '@tthc/core';
import { importInputErrors } from './importErrors';
import { cleanText } from './_lib/cleanText';
import { readSmallText, smallCsvRows } from './_lib/smallCsv';
import type { ImportInput } from './importResult';

const columns = ['code', 'name', 'field', 'serviceLevel'] as const;
/** An optional column: the legal time limit (thời hạn giải quyết). */
const TIME_LIMIT = 'timeLimit';
const limitExpected = {
  vi: 'thời hạn theo ngày hoặc giờ làm việc: "3", "3 ngày", "0,5 ngày", "4 giờ", "trong ngày" (hoặc để trống)',
  en: 'a time limit in working days or hours: "3", "3d", "0.5 days", "4h", "same day" (or empty)',
};
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
 * Reads the unit's procedure catalog: CSV with the heading `code,name,field,serviceLevel` and
 * optionally `timeLimit` (the legal time limit, see {@link parseTimeLimit}; a dossier without a
 * due date is judged against it) (UTF-8, with or without BOM; read by the same CSV reader as the
 * exports, so quoted names may hold commas and line breaks) or a JSON array of the same objects
 * (`timeLimit` as text, or `{ amount, unit: 'workingDays' | 'workingHours' }`). A bad line throws an
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
  const limitIndex = heading.indexOf(TIME_LIMIT);
  return rows.slice(1).map(({ cells, line }) => {
    const get = (i: number | undefined) => cleanText((cells[i ?? -1] ?? '').trim());
    const raw = { code: get(index[0]), name: get(index[1]), field: get(index[2]), serviceLevel: get(index[3]) };
    return procedure(file, line, raw, get(limitIndex));
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
    const raw = { code: str(o.code), name: str(o.name), field: str(o.field), serviceLevel: str(o.serviceLevel) };
    const limit = o.timeLimit;
    if (limit !== null && typeof limit === 'object') {
      const parsed = TimeLimit.safeParse(limit);
      if (!parsed.success) fail(file, i + 1, TIME_LIMIT, JSON.stringify(limit), limitExpected);
      return { ...procedure(file, i + 1, raw, ''), timeLimit: parsed.data };
    }
    return procedure(file, i + 1, raw, str(limit));
  });
}

function procedure(file: string, line: number, raw: Record<(typeof columns)[number], string>, limitText: string): Procedure {
  for (const c of ['code', 'name', 'field'] as const) {
    if (raw[c] === '') fail(file, line, c, '', { vi: 'một giá trị không rỗng', en: 'a non-empty value' });
  }
  const level = levelByWord[raw.serviceLevel.toLowerCase()];
  if (!level) fail(file, line, 'serviceLevel', raw.serviceLevel, { vi: `một trong ${levelExpected}`, en: `one of ${levelExpected}` });
  const timeLimit = limitText === '' ? undefined : parseTimeLimit(limitText);
  if (limitText !== '' && timeLimit === undefined) fail(file, line, TIME_LIMIT, limitText, limitExpected);
  return Procedure.parse({ code: raw.code, name: raw.name, field: raw.field, serviceLevel: level, ...(timeLimit ? { timeLimit } : {}) });
}

const dayWords = new Set(['', 'd', 'day', 'days', 'working day', 'working days', 'ngày', 'ngày làm việc']);
const hourWords = new Set(['h', 'hour', 'hours', 'working hour', 'working hours', 'giờ', 'giờ làm việc']);
const sameDayWords = new Set(['same day', 'trong ngày', 'trong ngày làm việc']);

/**
 * A time limit as catalogs write it (thời hạn giải quyết): a number of working days ("3",
 * "03 ngày làm việc", "0,5 ngày", "3d") or hours ("4 giờ", "4h"), or a same-day procedure
 * ("trong ngày", "0"); `undefined` for any other text.
 */
export function parseTimeLimit(text: string): TimeLimit | undefined {
  const folded = text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (sameDayWords.has(folded)) return { amount: 0, unit: 'workingDays' };
  const m = /^(\d+(?:[.,]\d+)?) ?(.*)$/.exec(folded);
  if (!m) return undefined;
  const amount = Number((m[1] as string).replace(',', '.'));
  const word = m[2] as string;
  if (dayWords.has(word)) return { amount, unit: 'workingDays' };
  if (hourWords.has(word)) return { amount, unit: 'workingHours' };
  return undefined;
}
