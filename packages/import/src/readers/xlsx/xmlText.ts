import { cleanText } from '../../_lib/cleanText';

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes XML character data: entities, then Excel's `_xHHHH_` escapes. */
export function decodeXml(raw: string): string {
  let s = raw;
  if (s.includes('&')) {
    s = s.replace(ENTITY, (_, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
      name ? (named[name] ?? '') : String.fromCodePoint(Number.parseInt(dec ?? hex ?? '0', dec ? 10 : 16)),
    );
  }
  if (s.includes('_x')) s = s.replace(EXCEL_ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return s;
}

const LT = 0x3c;
const T_CLOSE = Buffer.from('</t>');
const RPH_CLOSE = Buffer.from('</rPh>');

/**
 * The text of a string item (`<si>`) or inline string (`<is>`) between `start` and `end`: the
 * `<t>` runs joined, phonetic runs (`<rPh>`) left out, decoded and cleaned (NFC, no control
 * characters, legacy encodings converted). Decoding each run from bytes keeps multi-byte
 * characters whole whatever the chunking.
 */
export function stringItemText(buf: Buffer, start: number, end: number): string {
  let text = '';
  let p = start;
  for (;;) {
    const lt = buf.indexOf(LT, p);
    if (lt === -1 || lt >= end) break;
    const b1 = buf[lt + 1];
    const b2 = buf[lt + 2];
    if (b1 === 0x74 && (b2 === 0x3e || b2 === 0x20)) {
      // <t> or <t xml:space="preserve">
      const gt = buf.indexOf(0x3e, lt);
      if (buf[gt - 1] === 0x2f) {
        p = gt + 1; // <t/>
        continue;
      }
      const close = buf.indexOf(T_CLOSE, gt);
      if (close === -1 || close > end) break;
      text += buf.toString('utf8', gt + 1, close);
      p = close + 4;
    } else if (b1 === 0x72 && b2 === 0x50 && buf[lt + 3] === 0x68) {
      // <rPh …>…</rPh>: phonetic guide, not part of the text
      const close = buf.indexOf(RPH_CLOSE, lt);
      p = close === -1 || close > end ? end : close + 6;
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

/** The value of attribute `name` in the tag text, or `undefined`. */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}
