// The toolkit's one CSV reader (RFC 4180: quoted fields with delimiters, quotes and line breaks
// inside; LF, CRLF or a lone CR ending a record): exports (the import's streaming reader, fed
// chunk by chunk), catalogs and days-off files all go through `parseCsvRecord`.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** What {@link parseCsvRecord} found at `start`. */
export type CsvRecordParse =
  /** A whole record: its cells, and where the next record starts. */
  | { kind: 'record'; cells: string[]; next: number }
  /** The bytes end inside the record and more may follow (only when not `final`). */
  | { kind: 'incomplete' }
  /** A quote opened at byte `quoteAt`, in field `field` (0-based), is never closed (only when `final`). */
  | { kind: 'unclosedQuote'; quoteAt: number; field: number };

/** Decodes bytes `start`–`end` of `buf` as UTF-8 (the import passes Buffer's own, faster decoder). */
export type Utf8Slice = (buf: Uint8Array, start: number, end: number) => string;

const decoder = new TextDecoder('utf-8');
const utf8Slice: Utf8Slice = (buf, start, end) => decoder.decode(buf.subarray(start, end));

/**
 * Parses one CSV record of UTF-8 bytes starting at `start`. Fields are decoded from the bytes one
 * by one, so a multi-byte character is never split and no field keeps a large buffer alive. Text
 * after a closing quote (malformed) is kept, up to the delimiter.
 *
 * @param buf - the bytes (a chunk of the file, or all of it)
 * @param start - where the record starts
 * @param delimiter - the delimiter's byte: `,`, `;` or tab
 * @param final - whether no more bytes follow `buf`
 * @param decode - the UTF-8 decoder of a byte range
 * @returns the record, `incomplete`, or where an unclosed quote opens
 * @example parseCsvRecord(new TextEncoder().encode('a,"b,c"\nx'), 0, 44, true) // { kind: 'record', cells: ['a', 'b,c'], next: 8 }
 */
export function parseCsvRecord(buf: Uint8Array, start: number, delimiter: number, final: boolean, decode: Utf8Slice = utf8Slice): CsvRecordParse {
  const cells: string[] = [];
  const end = buf.length;
  let pos = start;
  for (;;) {
    if (pos < end && buf[pos] === QUOTE) {
      let p = pos + 1;
      let escaped = false;
      for (;;) {
        const q = buf.indexOf(QUOTE, p);
        if (q === -1) return final ? { kind: 'unclosedQuote', quoteAt: pos, field: cells.length } : { kind: 'incomplete' };
        if (q + 1 < end && buf[q + 1] === QUOTE) {
          escaped = true;
          p = q + 2;
          continue;
        }
        if (q + 1 >= end && !final) return { kind: 'incomplete' };
        let value = decode(buf, pos + 1, q);
        if (escaped) value = value.replaceAll('""', '"');
        p = q + 1;
        let s = p;
        while (s < end && buf[s] !== delimiter && buf[s] !== LF && buf[s] !== CR) s++;
        if (s > p) value += decode(buf, p, s);
        cells.push(value);
        pos = s;
        break;
      }
    } else {
      let s = pos;
      while (s < end) {
        const b = buf[s];
        if (b === delimiter || b === LF || b === CR) break;
        s++;
      }
      cells.push(s > pos ? decode(buf, pos, s) : '');
      pos = s;
    }
    if (pos >= end) return final ? { kind: 'record', cells, next: end } : { kind: 'incomplete' };
    const b = buf[pos];
    if (b === delimiter) {
      pos++;
      continue;
    }
    if (b === CR) {
      if (pos + 1 >= end && !final) return { kind: 'incomplete' };
      return { kind: 'record', cells, next: buf[pos + 1] === LF ? pos + 2 : pos + 1 };
    }
    return { kind: 'record', cells, next: pos + 1 };
  }
}

/** One record of {@link csvRecords}: its 1-based row (records, as a spreadsheet counts them) and its cells, or the 1-based column of a quote never closed. */
export type CsvTextRecord = { row: number; cells: string[] } | { row: number; unclosedQuoteColumn: number };

/**
 * The records of a whole CSV text (a small file: a catalog, a days-off list), through
 * {@link parseCsvRecord}. A leading byte-order mark is dropped.
 *
 * @param text - the file's text
 * @param delimiter - `,` (default), `;` or tab
 * @returns the records in order; an unclosed quote is the last one
 * @example [...csvRecords('date,kind\n2027-02-05,holiday')].length // 2
 */
export function* csvRecords(text: string, delimiter = ','): Generator<CsvTextRecord> {
  const bytes = new TextEncoder().encode(text.replace(/^\uFEFF/, ''));
  const delim = delimiter.charCodeAt(0);
  let pos = 0;
  let row = 0;
  while (pos < bytes.length) {
    row++;
    const r = parseCsvRecord(bytes, pos, delim, true);
    if (r.kind !== 'record') {
      yield { row, unclosedQuoteColumn: r.kind === 'unclosedQuote' ? r.field + 1 : 1 };
      return;
    }
    yield { row, cells: r.cells };
    pos = r.next;
  }
}
