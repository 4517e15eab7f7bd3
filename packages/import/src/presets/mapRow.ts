import type { RowIssue, RowLocation } from '@tthc/core';
import { cleanText } from '../_lib/cleanText';
import type { Field } from './aliases';
import { foldWord } from './fold';
import { type DateSystem, excelSerialToWall, formatWall, parseExportDate } from './parseDate';
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

const dateFields = new Set<Field>(['submittedAt', 'receivedAt', 'dueAt', 'supplementRequestedAt', 'finishedAt', 'returnedAt']);
const booleanFields = new Set<Field>(['paidOnline', 'hasDigitizedComponents', 'hasElectronicResult']);
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
}

/**
 * Turns the cells of one row into a record with canonical field names and values: status and
 * channel words become identifiers, dates become local ISO date-times. An unreadable date or an
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
  let statusColumn: MappedColumn | undefined;
  for (const column of columns) {
    const raw = cells[column.index];
    if (raw === undefined || raw === null || raw === '') continue;
    if (column.field === 'applicant' && ctx.dropApplicant) continue;
    if (column.field === 'status') {
      statusColumn = column;
      continue;
    }
    const value = mapValue(column, raw, ctx);
    if (value === INVALID_DATE) {
      issues.push({
        code: 'invalid_date',
        path: { ...path, column: column.heading },
        field: column.field,
        input: String(raw),
        expected: DATE_EXPECTED,
      });
    } else if (value !== undefined) {
      record[column.field] = value;
    }
  }
  const defaults = ctx.preset.defaults;
  if (defaults) for (const [k, v] of Object.entries(defaults)) if (record[k] === undefined) record[k] = v;
  if (statusColumn) {
    const raw = cells[statusColumn.index];
    const text = typeof raw === 'string' ? (ctx.cleanCells ? cleanText(raw) : raw).trim() : String(raw);
    const folded = foldWord(text);
    const status = ctx.preset.status(folded, record);
    if (status) record.status = status;
    else {
      issues.push({
        code: 'unknown_status',
        path: { ...path, column: statusColumn.heading },
        field: 'status',
        input: text,
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

function mapValue(column: MappedColumn, raw: Exclude<Cell, null | undefined>, ctx: RowContext): unknown {
  const field = column.field;
  if (dateFields.has(field)) {
    let ms: number | undefined;
    if (typeof raw === 'number') {
      ms = ctx.serialDates ? excelSerialToWall(raw, ctx.dateSystem) : parseExportDate(String(raw), ctx.preset.datePattern);
    }
    else if (typeof raw === 'string') ms = parseExportDate(raw, ctx.preset.datePattern);
    return ms === undefined ? INVALID_DATE : formatWall(ms);
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
