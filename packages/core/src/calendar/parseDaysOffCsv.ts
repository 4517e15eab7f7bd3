import { InputError, coreInputErrors } from '../errors/index';
import { CalendarDayKind, type CalendarDay } from './calendarDay';
import { parseLocalDate } from '../time/index';
import { csvRecords } from '../text/csvRecord';

const COLUMNS = ['date', 'kind', 'name', 'source'] as const;

/**
 * Reads a schedule of days off in the format of `data/official-days-off.csv`: one day a record,
 * `date,kind,name,source` (source optional; RFC 4180 quoting through the toolkit's one CSV reader,
 * `text/csvRecord.ts`), records whose first cell starts with `#` and blank records ignored, an
 * optional header `date,kind,name,source`.
 * Policy: the first bad record throws; nothing is skipped silently. A date listed twice is refused.
 *
 * @param text - the file's content
 * @param fileName - the name used in error messages (default `days-off.csv`)
 * @returns the days, in file order
 * @throws InputError naming the file, line, column (1-based, as a spreadsheet counts them) and what was expected (Vietnamese and English)
 * @example parseDaysOffCsv('2027-02-05,holiday,Tết Nguyên đán') // [{ date: '2027-02-05', kind: 'holiday', name: 'Tết Nguyên đán' }]
 */
export function parseDaysOffCsv(text: string, fileName = 'days-off.csv'): CalendarDay[] {
  const days: CalendarDay[] = [];
  const seen = new Map<string, number>();
  const at = (line: number, column: number) => ({ file: fileName, line, column });
  const fieldOf = (column: number) => COLUMNS[column - 1] ?? 'source';

  for (const record of csvRecords(text)) {
    const lineNo = record.row;
    if ('unclosedQuoteColumn' in record) {
      const column = record.unclosedQuoteColumn;
      throw new InputError(coreInputErrors.days_off_unterminated_quote, { path: at(lineNo, column), params: { field: fieldOf(column) } });
    }
    const { cells } = record;
    const first = (cells[0] ?? '').trim();
    if (first.startsWith('#')) continue;
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.map((c) => c.trim().toLowerCase()).join(',') === COLUMNS.join(',')) continue;
    if (cells.length < 3 || cells.length > 4) {
      const column = cells.length < 3 ? cells.length + 1 : 5;
      throw new InputError(coreInputErrors.days_off_column_count, { path: at(lineNo, column), params: { field: fieldOf(column), count: cells.length } });
    }
    const date = (cells[0] as string).trim();
    if (parseLocalDate(date) === undefined) {
      throw new InputError(coreInputErrors.days_off_invalid_date, { path: at(lineNo, 1), params: { field: 'date', value: date } });
    }
    const kindText = (cells[1] as string).trim();
    const kind = CalendarDayKind.safeParse(kindText);
    if (!kind.success) {
      throw new InputError(coreInputErrors.days_off_invalid_kind, {
        path: at(lineNo, 2),
        params: { field: 'kind', value: kindText, allowed: CalendarDayKind.options },
      });
    }
    const name = (cells[2] as string).trim();
    if (name === '') throw new InputError(coreInputErrors.days_off_empty_name, { path: at(lineNo, 3), params: { field: 'name' } });
    const before = seen.get(date);
    if (before !== undefined) {
      throw new InputError(coreInputErrors.days_off_duplicate_date, { path: at(lineNo, 1), params: { field: 'date', value: date, firstLine: before } });
    }
    seen.set(date, lineNo);
    const source = cells[3]?.trim();
    days.push(source ? { date, kind: kind.data, name, source } : { date, kind: kind.data, name });
  }
  return days;
}
