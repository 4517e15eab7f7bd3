import { cleanText } from '../../_lib/cleanText';
import { LT, SLASH, XmlTextError, endsName, findEndTag, found, foundAfter, tagEnd } from './xmlMarkup';

const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Whether a code point is a Char of XML 1.0 §2.2 (what a character reference may name). */
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * Decodes XML character data: the five predefined entities and character references (XML 1.0
 * §4.1, §4.6), then Excel's `_xHHHH_` escapes.
 *
 * @throws XmlTextError for a reference to a code point XML does not allow (`&#x110000;`, `&#0;`,
 *   a surrogate), an unknown entity or a bare `&` — a well-formed workbook has none of them
 */
export function decodeXml(raw: string): string {
  const s = decodeReferences(raw);
  return s.includes('_x') ? s.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : s;
}

/**
 * Decodes the five predefined entities and the character references of XML character data
 * (XML 1.0 §4.1, §4.6), as any XML document has them.
 *
 * @throws XmlTextError as {@link decodeXml}
 */
export function decodeReferences(raw: string): string {
  let s = raw;
  if (s.includes('&')) {
    let out = '';
    let p = 0;
    for (;;) {
      const amp = s.indexOf('&', p);
      if (amp === -1) break;
      out += s.slice(p, amp);
      REFERENCE.lastIndex = amp;
      const m = REFERENCE.exec(s);
      if (!m) {
        // Only a numeric reference is quoted: the text after a bare "&" may be personal data.
        const numeric = /^&#x?[0-9a-fA-F]{0,10}/.exec(s.slice(amp, amp + 13))?.[0];
        const shown = numeric === undefined ? '' : ` "${numeric}"`;
        throw new XmlTextError(
          `dấu "&" không mở một tham chiếu ký tự hay thực thể XML hợp lệ${shown}`,
          `an "&" that starts no valid XML character or entity reference${shown}`,
        );
      }
      if (m[1] !== undefined) out += named[m[1]];
      else {
        const digits = m[2] ?? m[3] ?? '';
        const cp = digits.length > 8 ? -1 : Number.parseInt(digits, m[2] === undefined ? 16 : 10);
        if (!isXmlChar(cp)) {
          throw new XmlTextError(`tham chiếu ký tự "${m[0]}" trỏ tới mã không phải ký tự XML`, `the character reference "${m[0]}" names no character XML allows`);
        }
        out += String.fromCodePoint(cp);
      }
      p = amp + m[0].length;
    }
    s = out + s.slice(p);
  }
  return s;
}

const T_CLOSE = Buffer.from('</t');
const RPH_CLOSE = Buffer.from('</rPh');

/**
 * The text of a string item (`<si>`) or inline string (`<is>`) between `start` and `end`: the
 * `<t>` runs joined, phonetic runs (`<rPh>`) left out, decoded and cleaned (NFC, no control
 * characters, legacy encodings converted). Decoding each run from bytes keeps multi-byte
 * characters whole whatever the chunking. Comments and CDATA must have been normalised first
 * (`normalizeMarkup`).
 */
export function stringItemText(buf: Buffer, start: number, end: number): string {
  let text = '';
  let p = start;
  for (;;) {
    const lt = buf.indexOf(LT, p);
    if (lt === -1 || lt >= end) break;
    const b1 = buf[lt + 1];
    const b2 = buf[lt + 2];
    if (b1 === 0x74 && endsName(b2)) {
      // <t>, <t xml:space="preserve">, <t/>
      const gt = tagEnd(buf, lt, end);
      if (gt === -1) break;
      if (buf[gt - 1] === SLASH) {
        p = gt + 1;
        continue;
      }
      if (!findEndTag(buf, T_CLOSE, gt, end)) break;
      text += buf.toString('utf8', gt + 1, found);
      p = foundAfter;
    } else if (b1 === 0x72 && b2 === 0x50 && buf[lt + 3] === 0x68 && endsName(buf[lt + 4])) {
      // <rPh …>…</rPh>: phonetic guide, not part of the text
      const gt = tagEnd(buf, lt, end);
      if (gt !== -1 && buf[gt - 1] === SLASH) p = gt + 1;
      else p = findEndTag(buf, RPH_CLOSE, lt, end) ? foundAfter : end;
    } else {
      p = lt + 1;
    }
  }
  return tidy(decodeXml(text));
}

const MESSY_SPACE = /^\s|\s$|\s\s|[\t\n\r]/;

/**
 * A workbook string as the presets use it, done once per shared string: cleaned (NFC, no control
 * characters, legacy encodings converted) and with its white space collapsed.
 */
export function tidy(text: string): string {
  const clean = cleanText(text);
  return MESSY_SPACE.test(clean) ? clean.replace(/\s+/g, ' ').trim() : clean;
}

/**
 * The value of attribute `name` (with its prefix, if any) in the tag text, or `undefined`:
 * white space around `=`, either quote.
 */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[.]/g, '\\.')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}


/** Where the tag opening at `lt` of `text` ends: the index of its `>` (quoted values skipped), or -1 when not in `text`. */
export function tagEndIn(text: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}
