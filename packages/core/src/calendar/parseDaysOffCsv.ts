import { InputError } from '../errors';
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
  const fail = (line: number, column: number, field: string, vi: string, en: string): never => {
    throw new InputError(
      `${fileName}, dòng ${line}, cột ${column} (${field}): ${vi} / ${fileName}, line ${line}, column ${column} (${field}): ${en}`,
    );
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (trimmed.replace(/\s/g, '').toLowerCase() === COLUMNS.join(',')) return;
    const split = splitCsvLine(raw);
    if ('unterminatedQuoteAt' in split) {
      const field = COLUMNS[split.fieldIndex] ?? 'source';
      fail(lineNo, split.unterminatedQuoteAt, field, 'dấu ngoặc kép chưa đóng.', 'unterminated quote.');
      return;
    }
    const { fields } = split;
    if (fields.length < 3 || fields.length > 4) {
      const col = fields.length < 3 ? raw.length + 1 : (fields[4]?.column ?? raw.length + 1);
      const field = fields.length < 3 ? (COLUMNS[fields.length] ?? 'name') : 'source';
      fail(
        lineNo,
        col,
        field,
        `có ${fields.length} cột, cần 3 hoặc 4: date,kind,name[,source].`,
        `found ${fields.length} columns, expected 3 or 4: date,kind,name[,source].`,
      );
    }
    const [dateField, kindField, nameField, sourceField] = fields as [
      (typeof fields)[0],
      (typeof fields)[0],
      (typeof fields)[0],
      (typeof fields)[0] | undefined,
    ];
    const date = dateField.value.trim();
    if (parseDateOnly(date) === undefined) {
      fail(lineNo, dateField.column, 'date', `giá trị '${date}' không phải ngày hợp lệ, cần YYYY-MM-DD.`, `'${date}' is not a valid date, expected YYYY-MM-DD.`);
    }
    const kind = CalendarDayKind.safeParse(kindField.value.trim());
    if (!kind.success) {
      const allowed = CalendarDayKind.options.join(', ');
      fail(lineNo, kindField.column, 'kind', `giá trị '${kindField.value.trim()}' không hợp lệ, cần một trong: ${allowed}.`, `'${kindField.value.trim()}' is not valid, expected one of: ${allowed}.`);
      return;
    }
    const name = nameField.value.trim();
    if (name === '') fail(lineNo, nameField.column, 'name', 'thiếu tên ngày nghỉ.', 'the name is empty.');
    const first = seen.get(date);
    if (first !== undefined) {
      fail(lineNo, dateField.column, 'date', `ngày ${date} đã có ở dòng ${first}, mỗi ngày chỉ một dòng.`, `${date} is already listed on line ${first}, one line per date.`);
    }
    seen.set(date, lineNo);
    const source = sourceField?.value.trim();
    days.push(source ? { date, kind: kind.data, name, source } : { date, kind: kind.data, name });
  });
  return days;
}
