import { InputError } from '../errors';
import { CalendarDayKind, type CalendarDay } from './calendarDay';
import { parseDateOnly } from './_lib/localDate';
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
  const fail = (line: number, column: number, vi: string, en: string): never => {
    const field = COLUMNS[column - 1] ?? 'source';
    throw new InputError(
      `${fileName}, dòng ${line}, cột ${column} (${field}): ${vi} / ${fileName}, line ${line}, column ${column} (${field}): ${en}`,
    );
  };

  for (const record of csvRecords(text)) {
    const lineNo = record.row;
    if ('unclosedQuoteColumn' in record) {
      fail(lineNo, record.unclosedQuoteColumn, 'dấu ngoặc kép không được đóng.', 'a quote is never closed.');
      break;
    }
    const { cells } = record;
    const first = (cells[0] ?? '').trim();
    if (first.startsWith('#')) continue;
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells.map((c) => c.trim().toLowerCase()).join(',') === COLUMNS.join(',')) continue;
    if (cells.length < 3 || cells.length > 4) {
      fail(
        lineNo,
        cells.length < 3 ? cells.length + 1 : 5,
        `có ${cells.length} cột, cần 3 hoặc 4: date,kind,name[,source].`,
        `found ${cells.length} columns, expected 3 or 4: date,kind,name[,source].`,
      );
    }
    const date = (cells[0] as string).trim();
    if (parseDateOnly(date) === undefined) {
      fail(lineNo, 1, `giá trị '${date}' không phải ngày hợp lệ, cần YYYY-MM-DD.`, `'${date}' is not a valid date, expected YYYY-MM-DD.`);
    }
    const kindText = (cells[1] as string).trim();
    const kind = CalendarDayKind.safeParse(kindText);
    if (!kind.success) {
      const allowed = CalendarDayKind.options.join(', ');
      fail(lineNo, 2, `giá trị '${kindText}' không hợp lệ, cần một trong: ${allowed}.`, `'${kindText}' is not valid, expected one of: ${allowed}.`);
      continue;
    }
    const name = (cells[2] as string).trim();
    if (name === '') fail(lineNo, 3, 'thiếu tên ngày nghỉ.', 'the name is empty.');
    const before = seen.get(date);
    if (before !== undefined) {
      fail(lineNo, 1, `ngày ${date} đã có ở dòng ${before}, mỗi ngày chỉ một dòng.`, `${date} is already listed on line ${before}, one line per date.`);
    }
    seen.set(date, lineNo);
    const source = cells[3]?.trim();
    days.push(source ? { date, kind: kind.data, name, source } : { date, kind: kind.data, name });
  }
  return days;
}
