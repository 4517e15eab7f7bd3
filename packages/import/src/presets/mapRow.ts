import { dossierFieldsOfKind, type RowIssue, type RowLocation } from '@tthc/core';
import { cleanText } from '../_lib/cleanText';
import type { Field } from './aliases';
import { foldWord } from './fold';
import { type DateSystem, excelSerialToWall, parseExportDate } from './parseDate';
import type { DateShapes } from './dateShapes';
import type { Preset } from './preset';
import { booleanWords, channelWords, serviceLevelWords } from './values';

/** A cell as the readers give it: text, a number (Excel serials included), a boolean, or empty. */
export type Cell = string | number | boolean | null | undefined;

/** A column of a table that holds a canonical field. */
export interface MappedColumn {
  index: number;
  field: Field;
  heading: string;
}

const dateFields = new Set<Field>([...dossierFieldsOfKind('dateTime'), 'extendedDueAt']);
const booleanFields = new Set<Field>([...dossierFieldsOfKind('flag'), 'onlineFlag']);
const DATE_EXPECTED = 'dd/MM/yyyy [HH:mm[:ss]], yyyyMMddHHmmss, ISO or an Excel date';
const STATUS_EXPECTED = 'a known status (Mới đăng ký … Đã trả kết quả) or code 1–10';
const MESSY_SPACE = /^\s|\s$|\s\s|[\t\n\r]/;

/** The context of one table: how its preset reads values and how its dates count. */
export interface RowContext {
  preset: Preset;
  dateSystem: DateSystem;
  /**
   * Whether text cells still need cleaning and white-space collapsing (CSV, JSON); workbook
   * strings are tidied once, when the shared-string table is read.
   */
  cleanCells: boolean;
  /** Whether a number in a date column is an Excel serial (workbooks) or digits (JSON: yyyyMMddHHmmss). */
  serialDates: boolean;
  /** Leave the applicant out (personal data the import drops anyway). */
  dropApplicant?: boolean;
  /** The shapes of the date columns' values, checked for a month-first swap at the table's end. */
  dateShapes?: DateShapes;
}

/**
 * Turns the cells of one row into a record with canonical field names and values: status and
 * channel words become identifiers, dates become wall milliseconds (numbers, which the core's
 * `validateDossier` reads as they are: no text made only to be parsed again). An unreadable date or an
 * unknown status word is a row issue quoting the raw value; everything else is left to the
 * core's `validateDossier`.
 */
export function mapRow(
  cells: readonly Cell[],
  columns: readonly MappedColumn[],
  path: RowLocation,
  ctx: RowContext,
): { record: Record<string, unknown>; issues: RowIssue[] } {
  const record: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  const table = tableOf(columns);
  const status = table.mapCells(cells, record, table.caches, columns, ctx, issues, path);
  const statusColumn = status === -1 ? undefined : columns[status];
  const statusCache = status === -1 ? undefined : table.caches[status];
  const defaults = ctx.preset.defaults;
  if (defaults) for (const k in defaults) if (record[k] === undefined) record[k] = defaults[k as Field];
  if (statusColumn) {
    const raw = cells[statusColumn.index];
    const text = () => (typeof raw === 'string' ? (ctx.cleanCells ? cleanText(raw) : raw).trim() : String(raw));
    const folded = typeof raw === 'string' ? (cachedValue(statusCache as ColumnCache, statusColumn, raw, ctx) as string) : foldWord(text());
    const status = ctx.preset.status(folded, record);
    if (status) record.status = status;
    else {
      issues.push({
        code: 'unknown_status',
        path: { ...path, column: statusColumn.heading },
        field: 'status',
        input: text(),
        expected: STATUS_EXPECTED,
      });
    }
  }
  if (issues.length > 0 && typeof record.code === 'string') {
    for (const issue of issues) issue.dossierCode = record.code;
  }
  return { record, issues };
}

const INVALID_DATE = Symbol('invalid date');

/**
 * Values already mapped in a column, by raw text: most columns of an export repeat a few words
 * (procedure names, fields, units, channels, statuses) over and over, and mapping a text is a pure
 * function of it. A column whose texts rarely repeat (codes, names) turns its cache off.
 */
interface ColumnCache {
  values: Map<string, unknown>;
  lookups: number;
  hits: number;
  on: boolean;
  /** The last text looked up and its value. */
  lastRaw: string | undefined;
  lastValue: unknown;
}
/**
 * Maps the cells of a row into `record` (all but the status, whose column is returned, or -1):
 * compiled for each table from its mapped columns, one line of straight code a column with its
 * cell index and field name as constants — a loop that stores `record[column.field]` makes every
 * store of every row go through V8's slow generic path.
 */
type MapCells = (
  cells: readonly Cell[], record: Record<string, unknown>, caches: readonly ColumnCache[], columns: readonly MappedColumn[],
  ctx: RowContext, issues: RowIssue[], path: RowLocation,
) => number;

/** A table's column caches (in the order of its mapped columns) and its compiled {@link MapCells}. */
interface Table {
  caches: ColumnCache[];
  mapCells: MapCells;
}
const tables = new WeakMap<readonly MappedColumn[], Table>();
const CACHE_TRIAL = 4096;

function tableOf(columns: readonly MappedColumn[]): Table {
  let table = tables.get(columns);
  if (table === undefined) {
    table = { caches: columns.map(() => ({ values: new Map(), lookups: 0, hits: 0, on: true, lastRaw: undefined, lastValue: undefined })), mapCells: compileMapCells(columns) };
    tables.set(columns, table);
  }
  return table;
}

function compileMapCells(columns: readonly MappedColumn[]): MapCells {
  const lines = ['let raw, value, status = -1;'];
  columns.forEach((column, c) => {
    const filled = `raw !== undefined && raw !== null && raw !== ''`;
    lines.push(`raw = cells[${column.index}];`);
    if (column.field === 'status') lines.push(`if (${filled}) status = ${c};`);
    else {
      lines.push(
        `if (${filled}${column.field === 'applicant' ? ' && !ctx.dropApplicant' : ''}) {`,
        `  value = typeof raw === 'string' ? cachedValue(caches[${c}], columns[${c}], raw, ctx) : mapValue(columns[${c}], raw, ctx);`,
        `  if (value === INVALID_DATE) invalidDate(issues, columns[${c}], raw, path);`,
        `  else if (value !== undefined) record[${JSON.stringify(column.field)}] = value;`,
        '}',
      );
    }
  });
  lines.push('return status;');
  const body = `return function mapCells(cells, record, caches, columns, ctx, issues, path) {\n${lines.join('\n')}\n};`;
  return new Function('cachedValue', 'mapValue', 'INVALID_DATE', 'invalidDate', body)(cachedValue, mapValue, INVALID_DATE, invalidDate) as MapCells;
}

function invalidDate(issues: RowIssue[], column: MappedColumn, raw: Exclude<Cell, null | undefined>, path: RowLocation): void {
  issues.push({ code: 'invalid_date', path: { ...path, column: column.heading }, field: column.field, input: String(raw), expected: DATE_EXPECTED });
}

/** The value of a text cell: its status word folded, or `mapValue`. */
function textValue(column: MappedColumn, raw: string, ctx: RowContext): unknown {
  return column.field === 'status' ? foldWord((ctx.cleanCells ? cleanText(raw) : raw).trim()) : mapValue(column, raw, ctx);
}

/** {@link textValue}, remembered: the last text of the column, else from its cache when it holds it. */
function cachedValue(cache: ColumnCache, column: MappedColumn, raw: string, ctx: RowContext): unknown {
  // The same text as the row before (a ward's name down a whole export): no lookup at all.
  if (raw === cache.lastRaw) return cache.lastValue;
  const value = lookup(cache, column, raw, ctx);
  cache.lastRaw = raw;
  cache.lastValue = value;
  return value;
}

function lookup(cache: ColumnCache, column: MappedColumn, raw: string, ctx: RowContext): unknown {
  if (!cache.on) return textValue(column, raw, ctx);
  cache.lookups++;
  const hit = cache.values.get(raw);
  if (hit !== undefined || cache.values.has(raw)) {
    cache.hits++;
    return hit;
  }
  const value = textValue(column, raw, ctx);
  if (cache.values.size < CACHE_TRIAL) cache.values.set(raw, value);
  if (cache.lookups === CACHE_TRIAL && cache.hits < CACHE_TRIAL / 2) {
    cache.on = false;
    cache.values.clear();
  }
  return value;
}

function mapValue(column: MappedColumn, raw: Exclude<Cell, null | undefined>, ctx: RowContext): unknown {
  const field = column.field;
  if (dateFields.has(field)) {
    ctx.dateShapes?.note(column, raw, ctx.serialDates);
    let ms: number | undefined;
    if (typeof raw === 'number') {
      ms = ctx.serialDates ? excelSerialToWall(raw, ctx.dateSystem) : parseExportDate(String(raw), ctx.preset.datePattern);
    }
    else if (typeof raw === 'string') ms = parseExportDate(raw, ctx.preset.datePattern);
    return ms === undefined ? INVALID_DATE : ms;
  }
  if (typeof raw === 'boolean') return raw;
  let text = typeof raw === 'number' ? numberText(raw) : raw;
  if (ctx.cleanCells && typeof raw === 'string') {
    text = cleanText(raw);
    if (MESSY_SPACE.test(text)) text = text.replace(/\s+/g, ' ').trim();
  }
  if (text === '') return undefined;
  const mapped = ctx.preset.values?.get(field)?.get(foldWord(text));
  if (mapped !== undefined) return mapped;
  if (field === 'channel') return channelWords.get(foldWord(text)) ?? text;
  if (field === 'serviceLevel') return serviceLevelWords.get(foldWord(text)) ?? text;
  if (booleanFields.has(field)) return booleanWords.get(foldWord(text)) ?? text;
  return text;
}

/** A number as text without exponent or float noise (codes typed as numbers in Excel). */
function numberText(n: number): string {
  return Number.isInteger(n) ? (Math.abs(n) < 1e21 ? n.toFixed(0) : String(n)) : String(Number(n.toPrecision(15)));
}
