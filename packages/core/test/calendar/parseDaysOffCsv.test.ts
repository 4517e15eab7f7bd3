import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { parseDaysOffCsv } from '../../src/calendar/index';

const errorOf = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
};

describe('parseDaysOffCsv', () => {
  it('reads days, skipping comments, blank lines and the header; source optional; quotes and CRLF', () => {
    const text =
      '\uFEFF# lịch nghỉ của tỉnh\r\ndate,kind,name,source\r\n\r\n' +
      '2027-02-05,holiday,Tết Nguyên đán,https://example.gov.vn/a\r\n' +
      '2027-02-13,makeUpWorkday,"Làm bù, thứ Bảy","https://x/?q=""a"""\r\n' +
      '2027-12-31,dayOff,Nghỉ thêm\r\n' +
      '"# a quoted comment, kept as a comment"\r\n';
    expect(parseDaysOffCsv(text, 'tinh.csv')).toEqual([
      { date: '2027-02-05', kind: 'holiday', name: 'Tết Nguyên đán', source: 'https://example.gov.vn/a' },
      { date: '2027-02-13', kind: 'makeUpWorkday', name: 'Làm bù, thứ Bảy', source: 'https://x/?q="a"' },
      { date: '2027-12-31', kind: 'dayOff', name: 'Nghỉ thêm' },
    ]);
  });

  it('names file, line, column and the expected format for a bad date', () => {
    const error = errorOf(() => parseDaysOffCsv('# c\n2027-02-05,holiday,Tết\n2027-02-30,holiday,X\n', 'tinh.csv'));
    expect(error.message).toBe(
      "tinh.csv, dòng 3, cột 1 (date): giá trị '2027-02-30' không phải ngày hợp lệ, cần YYYY-MM-DD. / " +
        "tinh.csv, line 3, column 1 (date): '2027-02-30' is not a valid date, expected YYYY-MM-DD.",
    );
  });

  it('names the column of a bad kind (numbered as a spreadsheet numbers them) and lists the kinds expected', () => {
    const error = errorOf(() => parseDaysOffCsv('2027-02-05,nghi,Tết', 'a.csv'));
    expect(error.message).toContain('a.csv, dòng 1, cột 2 (kind)');
    expect(error.message).toContain("a.csv, line 1, column 2 (kind): 'nghi' is not valid, expected one of: holiday, dayOff, makeUpWorkday.");
  });

  it('refuses too few or too many columns, an empty name, an unterminated quote and a date listed twice', () => {
    expect(errorOf(() => parseDaysOffCsv('2027-02-05,holiday')).message).toContain(
      'days-off.csv, line 1, column 3 (name): found 2 columns, expected 3 or 4',
    );
    expect(errorOf(() => parseDaysOffCsv('2027-02-05,holiday,a,b,c')).message).toContain('line 1, column 5 (source): found 5 columns');
    expect(errorOf(() => parseDaysOffCsv('2027-02-05,holiday, ,b')).message).toContain('column 3 (name): the name is empty.');
    // The one CSV reader's rule: a quote never closed is an error at the record it opens in.
    expect(errorOf(() => parseDaysOffCsv('2027-02-05,holiday,"Tết')).message).toContain('line 1, column 3 (name): a quote is never closed.');
    expect(errorOf(() => parseDaysOffCsv('2027-02-05,holiday,a\n2027-02-06,holiday,"Tết\n2027-02-07,holiday,b')).message).toContain(
      'line 2, column 3 (name): a quote is never closed.',
    );
    expect(errorOf(() => parseDaysOffCsv('2027-02-05,holiday,a\n2027-02-05,dayOff,b')).message).toContain(
      'line 2, column 1 (date): 2027-02-05 is already listed on line 1',
    );
  });
});
