// Byte-level pieces of XML 1.0 (W3C, §2.3 white space, §2.5 comments, §2.6 processing
// instructions, §2.7 CDATA, §3.1 tags) that the sheet and shared-string scans need beyond the
// shape one writer produces: white space wherever a tag allows it, either quote, end tags with
// white space before `>`, and the markup (`<!--`, `<?`, `<![CDATA[`) that may sit in content.

export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const QUOTE = 0x22;
export const APOS = 0x27;
export const EQUALS = 0x3d;

/** A text or markup problem of the XML itself (the caller names the file, sheet and row). */
export class XmlTextError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'XmlTextError';
  }
}

/** Whether `&` occurs in `s`..`e` (a byte loop: `indexOf` would search to the buffer's end). */
export function hasAmpersand(buf: Buffer, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (buf[i] === 0x26) return true;
  return false;
}

/** XML white space (S): space, tab, line feed, carriage return. */
export function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** Whether the byte after an element name ends the name: white space, `>` or `/`. */
export function endsName(b: number | undefined): boolean {
  return b === GT || b === SLASH || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Where the start tag that begins at `p` (its `<`) ends: the index of its `>`, skipping quoted
 * attribute values; -1 when the buffer ends first.
 */
export function tagEnd(buf: Buffer, p: number, end: number): number {
  let quote = 0;
  for (let i = p + 1; i < end; i++) {
    const b = buf[i];
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === GT) return i;
    else if (b === QUOTE || b === APOS) quote = b;
  }
  return -1;
}

/**
 * Where the end tag `</name S? >` whose `</name` is at `at` ends (the index after its `>`), or -1
 * when the bytes at `at` are not that end tag (another name, or cut by the buffer's end).
 */
export function endTagAfter(buf: Buffer, at: number, nameLength: number, end: number): number {
  let i = at + 2 + nameLength;
  while (i < end && isSpace(buf[i])) i++;
  return i < end && buf[i] === GT ? i + 1 : -1;
}

/**
 * Finds the end tag `</name>` (white space allowed before `>`) from `from`, by `indexOf` of its
 * bytes `open` (`</name`): sets {@link found} to its start and {@link foundAfter} to the index after
 * it; false when it is not (yet) in the buffer.
 */
export function findEndTag(buf: Buffer, open: Buffer, from: number, end: number): boolean {
  let p = from;
  for (;;) {
    const at = buf.indexOf(open, p);
    if (at === -1 || at >= end) return false;
    const after = endTagAfter(buf, at, open.length - 2, end);
    if (after !== -1) {
      found = at;
      foundAfter = after;
      return true;
    }
    if (at + open.length >= end) return false; // cut at the end: wait for more
    p = at + 1;
  }
}
export let found = 0;
export let foundAfter = 0;

const CDATA = Buffer.from('<![CDATA[');
const COMMENT = Buffer.from('<!--');
const CDATA_END = Buffer.from(']]>');
const COMMENT_END = Buffer.from('-->');
const PI_END = Buffer.from('?>');

/**
 * The first `<!` or `<?` from `from`, or -1: where a scan must leave its fast path. Searched by
 * their second byte (a one-byte search, far faster than a pattern led by the `<` XML is full of).
 */
export function nextMarkup(buf: Buffer, from: number): number {
  const a = afterLt(buf, 0x21, from);
  const b = afterLt(buf, 0x3f, from);
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}

/** The first `<` + `byte` from `from` (the index of the `<`), or -1. */
function afterLt(buf: Buffer, byte: number, from: number): number {
  let i = buf.indexOf(byte, from + 1);
  while (i !== -1 && buf[i - 1] !== LT) i = buf.indexOf(byte, i + 1);
  return i === -1 ? -1 : i - 1;
}

/**
 * Where the comment, processing instruction or CDATA section starting at `p` ends (the index
 * after it), or -1 when it is cut by the buffer's end. A document type declaration is refused:
 * a workbook part has none, and its entities could expand without bound.
 */
export function markupEnd(buf: Buffer, p: number, end: number): number {
  let close: Buffer;
  if (buf[p + 1] === 0x3f) close = PI_END;
  else if (startsWith(buf, p, COMMENT, end)) close = COMMENT_END;
  else if (startsWith(buf, p, CDATA, end)) close = CDATA_END;
  else if (p + CDATA.length > end) return -1;
  else throw doctypeRefused();
  const at = buf.indexOf(close, p + 2);
  return at === -1 || at + close.length > end ? -1 : at + close.length;
}

function startsWith(buf: Buffer, p: number, what: Buffer, end: number): boolean {
  if (p + what.length > end) return false;
  for (let i = 0; i < what.length; i++) if (buf[p + i] !== what[i]) return false;
  return true;
}

/**
 * Like {@link findEndTag}, but skipping comments, processing instructions and CDATA sections,
 * whose text may hold anything (`</row>` too). Sets {@link found} / {@link foundAfter}.
 */
export function findEndTagSkippingMarkup(buf: Buffer, open: Buffer, from: number, end: number): boolean {
  let p = from;
  for (;;) {
    const lt = buf.indexOf(LT, p);
    if (lt === -1 || lt >= end) return false;
    const b = buf[lt + 1];
    if (b === 0x21 || b === 0x3f) {
      const after = markupEnd(buf, lt, end);
      if (after === -1) return false;
      p = after;
      continue;
    }
    if (startsWith(buf, lt, open, end)) {
      const after = endTagAfter(buf, lt, open.length - 2, end);
      if (after !== -1) {
        found = lt;
        foundAfter = after;
        return true;
      }
    }
    p = lt + 1;
  }
}

/**
 * The bytes `s`..`e` with comments and processing instructions taken out and each CDATA section
 * turned into escaped character data (`&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`): the same
 * content, in the form the fast scans read.
 */
export function normalizeMarkup(buf: Buffer, s: number, e: number): Buffer {
  const parts: Buffer[] = [];
  let p = s;
  for (;;) {
    const at = nextMarkup(buf, p);
    if (at === -1 || at >= e) break;
    parts.push(buf.subarray(p, at));
    const after = markupEnd(buf, at, e);
    if (after === -1) throw new XmlTextError('một phần đánh dấu (<!--, <?, <![CDATA[) không được đóng', 'an unterminated comment, processing instruction or CDATA section');
    if (buf[at + 2] === 0x5b) {
      const text = buf.toString('latin1', at + CDATA.length, after - CDATA_END.length);
      parts.push(Buffer.from(text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')), 'latin1'));
    }
    p = after;
  }
  parts.push(buf.subarray(p, e));
  return Buffer.concat(parts);
}

// Bounds of the last attribute value found by `attributeValue`.
export let attrStart = 0;
export let attrEnd = 0;

/**
 * Finds the value of the one-letter attribute `name` (a byte) in the start tag whose attributes
 * are `s`..`e` (after the element name, before `>`): sets {@link attrStart} / {@link attrEnd}.
 * White space around `=` and either quote are allowed, as XML allows them.
 *
 * @throws XmlTextError for a tag that is not well formed
 */
export function attributeValue(buf: Buffer, s: number, e: number, name: number): boolean {
  let q = s;
  for (;;) {
    while (q < e && isSpace(buf[q])) q++;
    if (q >= e || buf[q] === SLASH) return false;
    const nameStart = q;
    while (q < e && buf[q] !== EQUALS && !isSpace(buf[q])) q++;
    const nameLength = q - nameStart;
    while (q < e && isSpace(buf[q])) q++;
    if (buf[q] !== EQUALS) throw malformedTag();
    q++;
    while (q < e && isSpace(buf[q])) q++;
    const quote = buf[q];
    if (quote !== QUOTE && quote !== APOS) throw malformedTag();
    const vs = q + 1;
    let ve = vs;
    while (ve < e && buf[ve] !== quote) ve++;
    if (ve >= e) throw malformedTag();
    if (nameLength === 1 && buf[nameStart] === name) {
      attrStart = vs;
      attrEnd = ve;
      return true;
    }
    q = ve + 1;
  }
}

export const malformedTag = (): XmlTextError =>
  new XmlTextError('thẻ XML không đúng cú pháp (thuộc tính không có dấu = hoặc dấu ngoặc)', 'a malformed XML tag (an attribute without = or quotes)');

/** A DOCTYPE in a workbook part: refused (a part has none, and its entities could expand without bound). */
export const doctypeRefused = (): XmlTextError =>
  new XmlTextError('khai báo DOCTYPE/DTD không được phép trong bảng tính', 'a DOCTYPE (DTD) is not allowed in a workbook');
