import { InputError, coreInputErrors } from '../errors/index';
import { CalendarDayKind, type CalendarDay } from './calendarDay';
import { splitCsvLine } from './_lib/csvLine';
import { parseDateOnly } from './_lib/localDate';

const COLUMNS = ['date', 'kind', 'name', 'source'] as const;

/**
 * Reads a schedule of days off in the format of `official-days-off.csv`: one day a line,
 * `date,kind,name,source` (source optional; fields may be quoted as in RFC 4180), lines starting
 * with `#` and blank lines ignored, an optional header line `date,kind,name,source`.
 * Policy: the first bad line throws; nothing is skipped silently. A date listed twice is refused.
 *
 * @param text - the file's content
 * @param fileName - the name used in error messages (default `days-off.csv`)
 * @returns the days, in file order
 * @throws InputError naming the file, line, column and what was expected (Vietnamese and English)
 * @example parseDaysOffCsv('2027-02-05,holiday,Tết Nguyên đán') // [{ date: '2027-02-05', kind: 'holiday', name: 'Tết Nguyên đán' }]
 */
export function parseDaysOffCsv(text: string, fileName = 'days-off.csv'): CalendarDay[] {
  const days: CalendarDay[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const at = (line: number, column: number) => ({ file: fileName, line, column });

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed.replace(/\s/g, '').toLowerCase() === COLUMNS.join(',')) return;
    const split = splitCsvLine(raw);
    if ('unterminatedQuoteAt' in split) {
      const field = COLUMNS[split.fieldIndex] ?? 'source';
      throw new InputError(coreInputErrors.days_off_unterminated_quote, { path: at(lineNo, split.unterminatedQuoteAt), params: { field } });
    }
    const { fields } = split;
    if (fields.length < 3 || fields.length > 4) {
      const col = fields.length < 3 ? raw.length + 1 : (fields[4]?.column ?? raw.length + 1);
      const field = fields.length < 3 ? (COLUMNS[fields.length] ?? 'name') : 'source';
      throw new InputError(coreInputErrors.days_off_column_count, { path: at(lineNo, col), params: { field, count: fields.length } });
    }
    const [dateField, kindField, nameField, sourceField] = fields as [
      (typeof fields)[0],
      (typeof fields)[0],
      (typeof fields)[0],
      (typeof fields)[0] | undefined,
    ];
    const date = dateField.value.trim();
    if (parseDateOnly(date) === undefined) {
      throw new InputError(coreInputErrors.days_off_invalid_date, { path: at(lineNo, dateField.column), params: { field: 'date', value: date } });
    }
    const kind = CalendarDayKind.safeParse(kindField.value.trim());
    if (!kind.success) {
      throw new InputError(coreInputErrors.days_off_invalid_kind, {
        path: at(lineNo, kindField.column),
        params: { field: 'kind', value: kindField.value.trim(), allowed: CalendarDayKind.options },
      });
    }
    const name = nameField.value.trim();
    if (name === '') throw new InputError(coreInputErrors.days_off_empty_name, { path: at(lineNo, nameField.column), params: { field: 'name' } });
    const first = seen.get(date);
    if (first !== undefined) {
      throw new InputError(coreInputErrors.days_off_duplicate_date, { path: at(lineNo, dateField.column), params: { field: 'date', value: date, firstLine: first } });
    }
    seen.set(date, lineNo);
    const source = sourceField?.value.trim();
    days.push(source ? { date, kind: kind.data, name, source } : { date, kind: kind.data, name });
  });
  return days;
}
