import { describe, expect, it } from 'vitest';
import { parseCsvRecord } from '../../src/index';
import { csvRecords } from '../../src/text/csvRecord';

const bytes = (s: string) => new TextEncoder().encode(s);
const COMMA = 0x2c;

describe('parseCsvRecord (the one CSV reader)', () => {
  it('reads quoted delimiters, doubled quotes and line breaks inside quotes; LF, CRLF and a lone CR end a record', () => {
    const b = bytes('a,"b,c","say ""hi""","two\nlines"\r\nx;y\rz');
    const first = parseCsvRecord(b, 0, COMMA, true);
    expect(first).toEqual({ kind: 'record', cells: ['a', 'b,c', 'say "hi"', 'two\nlines'], next: 34 });
    const second = parseCsvRecord(b, 34, COMMA, true);
    expect(second).toEqual({ kind: 'record', cells: ['x;y'], next: 38 });
    expect(parseCsvRecord(b, 38, COMMA, true)).toEqual({ kind: 'record', cells: ['z'], next: 39 });
  });

  it('asks for more bytes when not final, and names the field of a quote never closed when final', () => {
    expect(parseCsvRecord(bytes('a,"b'), 0, COMMA, false)).toEqual({ kind: 'incomplete' });
    expect(parseCsvRecord(bytes('a,b'), 0, COMMA, false)).toEqual({ kind: 'incomplete' });
    expect(parseCsvRecord(bytes('a,b\r'), 0, COMMA, false)).toEqual({ kind: 'incomplete' });
    expect(parseCsvRecord(bytes('a,"b'), 0, COMMA, true)).toEqual({ kind: 'unclosedQuote', quoteAt: 2, field: 1 });
  });

  it('keeps multi-byte characters whole and text after a closing quote', () => {
    expect(parseCsvRecord(bytes('"Hộ tịch"x,Đăng ký'), 0, COMMA, true)).toMatchObject({ cells: ['Hộ tịchx', 'Đăng ký'] });
  });

  it('csvRecords numbers records as a spreadsheet does (a quoted line break stays in its record) and drops a BOM', () => {
    expect([...csvRecords('\uFEFFa,b\n"c\nd",e\nf')]).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['c\nd', 'e'] },
      { row: 3, cells: ['f'] },
    ]);
    expect([...csvRecords('a\n"b')]).toEqual([{ row: 1, cells: ['a'] }, { row: 2, unclosedQuoteColumn: 1 }]);
  });
});
