// Rewrites the XML parts of a workbook into other forms the XML and OOXML specs allow (each read
// identically by a conforming reader such as openpyxl), and damages workbooks in the ways real
// files get damaged — for the reader's variant and damage tests (not part of the package). Seeded:
// the same seed gives the same bytes.
import { inflateRawSync } from 'node:zlib';
import { zipBuffer } from './xlsxWriter';

/** One entry of a zip's central directory: its name, method, sizes, and where its CRC and data are. */
interface Listed {
  name: string;
  method: number;
  compressed: number;
  crcAt: number;
  start: number;
}

/** The central directory of a zip (an independent minimal reader, not the package's). */
function directory(buf: Buffer): Listed[] {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: Listed[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    out.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      crcAt: p + 16,
      start: local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

const listed = (buf: Buffer, part: string): Listed => {
  const entry = directory(buf).find((e) => e.name === part);
  if (!entry) throw new Error(`no part ${part}`);
  return entry;
};

/** The entries of a zip, inflated. */
export function unzip(buf: Buffer): { name: string; data: Buffer }[] {
  return directory(buf).map((e) => {
    const raw = buf.subarray(e.start, e.start + e.compressed);
    return { name: e.name, data: e.method === 0 ? Buffer.from(raw) : inflateRawSync(raw) };
  });
}

/** A small seeded generator (mulberry32): the same seed, the same variants. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const SPACES = [' ', '\t', '\n', '\r\n', '  ', ' \t\n '];
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts a variant rewrites: the sheets, the shared strings and the workbook. */
const isSheetPart = (name: string) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name);

/** One way of writing the same XML, applied to a part's text. */
export type Variant = (xml: string, part: string, rng: Rng) => string;

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Rebuilds every start tag with `attr(name, value)` for each attribute. */
function eachTag(xml: string, rewrite: (name: string, attrs: [string, string][], selfClosing: boolean) => string): string {
  return xml.replace(START_TAG, (_, name: string, attrs: string, slash: string) => {
    const list: [string, string][] = [];
    for (const m of attrs.matchAll(ATTRIBUTE)) list.push([m[1] as string, m[2] ?? (m[3] as string).replace(/"/g, '&quot;')]);
    return rewrite(name, list, slash === '/');
  });
}

export const variants: Readonly<Record<string, Variant>> = {
  /** White space of every kind between attributes, around `=`, after names and before `>` (XML §3.1). */
  whitespace: (xml, _part, rng) =>
    eachTag(xml, (name, attrs, selfClosing) => {
      const ws = () => pick(rng, SPACES);
      const maybe = () => (rng() < 0.5 ? '' : ws());
      const body = attrs.map(([k, v]) => `${ws()}${k}${maybe()}=${maybe()}"${v}"`).join('');
      return `<${name}${body}${maybe()}${selfClosing ? '/' : ''}>`;
    }).replace(/<\/([A-Za-z_][\w.:-]*)>/g, (_, name: string) => `</${name}${rng() < 0.5 ? '' : pick(rng, SPACES)}>`),
  /** Attribute values in single quotes (XML §3.1 AttValue). */
  singleQuotes: (xml) =>
    eachTag(xml, (name, attrs, selfClosing) => `<${name}${attrs.map(([k, v]) => ` ${k}='${v.replace(/'/g, '&apos;')}'`).join('')}${selfClosing ? '/' : ''}>`),
  /** Text of `<t>` and `<v>` in CDATA sections, sometimes split in two (XML §2.7). */
  cdata: (xml, _part, rng) =>
    xml.replace(/<(t|v)((?:\s[^>]*)?)>([^<]*)<\/\1>/g, (_, el: string, attrs: string, text: string) => {
      const plain = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      if (plain.includes(']]>') || /&#/.test(text)) return `<${el}${attrs}>${text}</${el}>`;
      const cut = Math.floor(rng() * (plain.length + 1));
      const body = rng() < 0.5 ? `<![CDATA[${plain}]]>` : `<![CDATA[${plain.slice(0, cut)}]]><![CDATA[${plain.slice(cut)}]]>`;
      return `<${el}${attrs}>${body}</${el}>`;
    }),
  /** Characters of texts and values written as decimal or hexadecimal character references (XML §4.1). */
  charRefs: (xml, _part, rng) =>
    xml.replace(/<(t|v)((?:\s[^>]*)?)>([^<]*)<\/\1>/g, (_, el: string, attrs: string, text: string) => {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        const ch = text[i] as string;
        if (ch === '&') {
          const semi = text.indexOf(';', i);
          out += text.slice(i, semi + 1);
          i = semi;
          continue;
        }
        const cp = ch.codePointAt(0) as number;
        if (cp > 0xffff) {
          out += ch + (text[i + 1] ?? '');
          i++;
        } else if (rng() < 0.3) out += rng() < 0.5 ? `&#${cp};` : `&#x${cp.toString(16).toUpperCase()};`;
        else out += ch;
      }
      return `<${el}${attrs}>${out}</${el}>`;
    }),
  /** Comments and processing instructions between elements, some holding markup-like text (XML §2.5, §2.6). */
  comments: (xml, _part, rng) =>
    xml.replace(/></g, () => {
      const r = rng();
      if (r < 0.15) return '><!-- <row r="99"><c r="A99"><v>1</v></c></row> --><';
      if (r < 0.25) return '><?tthc a <si><t>x</t></si> ?><';
      return '><';
    }),
  /** Every SpreadsheetML element under a prefix other than the usual, and the relationships namespace under `rel:`. */
  prefixes: (xml, part) => {
    if (part === 'xl/workbook.xml') {
      return xml.replace(`xmlns:r="${RELS}"`, `xmlns:rel="${RELS}"`).replace(/\sr:id=/g, ' rel:id=');
    }
    if (!isSheetPart(part)) return xml;
    return xml
      .replace(/<(\/?)(?![?!])([A-Za-z_][\w.-]*)(?=[\s/>])/g, (m, slash: string, name: string) => (name.includes(':') ? m : `<${slash}ss:${name}`))
      .replace(` xmlns="${MAIN}"`, ` xmlns:ss="${MAIN}"`);
  },
  /** A prolog before the root element: a long comment (5–40 kB), a processing instruction and white space (XML §2.8). */
  preamble: (xml, _part, rng) =>
    xml.replace(/^(<\?xml[^>]*\?>)?/, (declaration: string) => {
      const comment = `<!-- ${'tthc <row r="1"/> '.repeat(Math.floor(300 + rng() * 2000))}-->`;
      return `${declaration}\n${comment}\n<?tthc-writer version="1" <sheetData/>?>\n`;
    }),
  /** The zip's entries in reverse order (a zip's central directory says where each is; no order is required). */
  entryOrder: (xml) => xml,
  /** Attributes in another order, with unknown and namespaced ones added (ECMA-376 Part 1 §18.3.1.4 allows `s`, `cm`, `vm`, `ph`). */
  attributeOrder: (xml, part) =>
    !isSheetPart(part)
      ? xml
      : eachTag(xml, (name, attrs, selfClosing) => {
          const extra: [string, string][] = name === 'c' ? [['s', '0'], ['ph', '0']] : name === 'row' ? [['spans', '1:11'], ['x14ac:dyDescent', '0.25']] : [];
          const all = [...extra, ...attrs.slice().reverse()];
          return `<${name}${all.map(([k, v]) => ` ${k}="${v}"`).join('')}${selfClosing ? '/' : ''}>`;
        }).replace(/<(worksheet|sst)\s/, '<$1 xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '),
};

/** The order variants are applied in when combined (a prefix first, white space last). */
const ORDER = ['prefixes', 'attributeOrder', 'cdata', 'charRefs', 'comments', 'singleQuotes', 'whitespace', 'preamble'] as const;

/**
 * The workbook rewritten by the named variants (all parts they apply to), re-zipped.
 *
 * @param names - variants to apply, in the fixed combining order whatever the order given
 */
export async function rewrite(workbook: Buffer, names: readonly string[], seed: number): Promise<Buffer> {
  const rng = random(seed);
  const entries = unzip(workbook).map(({ name, data }) => {
    if (!name.endsWith('.xml')) return { name, data };
    let xml = data.toString('utf8');
    for (const v of ORDER) if (names.includes(v) && (isSheetPart(name) || v === 'prefixes' || v === 'whitespace' || v === 'singleQuotes' || v === 'preamble')) {
      xml = (variants[v] as Variant)(xml, name, rng);
    }
    return { name, data: Buffer.from(xml, 'utf8') };
  });
  return zipBuffer(names.includes('entryOrder') ? entries.reverse() : entries);
}

/** A seeded combination of variants: each is taken with probability ½. */
export function seededVariants(seed: number): string[] {
  const rng = random(seed * 7919 + 1);
  const chosen = ORDER.filter(() => rng() < 0.5);
  return chosen.length > 0 ? chosen : ['whitespace'];
}

/** The workbook with one part's text replaced by `edit(text)` (CRC and sizes right: a valid zip). */
export async function editPart(workbook: Buffer, part: string, edit: (xml: string) => string): Promise<Buffer> {
  return zipBuffer(unzip(workbook).map(({ name, data }) => (name === part ? { name, data: Buffer.from(edit(data.toString('utf8')), 'utf8') } : { name, data })));
}

/** The workbook with one part's bytes replaced by `edit(bytes)` (a valid zip around them). */
export async function editPartBytes(workbook: Buffer, part: string, edit: (data: Buffer) => Buffer): Promise<Buffer> {
  return zipBuffer(unzip(workbook).map(({ name, data }) => (name === part ? { name, data: edit(data) } : { name, data })));
}

/** The central directory's CRC-32 of `part` set to `crc` (what a flipped bit that still inflates looks like). */
export function withCrc(workbook: Buffer, part: string, crc: number): Buffer {
  const out = Buffer.from(workbook);
  out.writeUInt32LE(crc >>> 0, listed(out, part).crcAt);
  return out;
}

/** The central directory's uncompressed size of `part` set to `size` (an entry larger than its directory says). */
export function withSize(workbook: Buffer, part: string, size: number): Buffer {
  const out = Buffer.from(workbook);
  out.writeUInt32LE(size >>> 0, listed(out, part).crcAt + 8);
  return out;
}

/** The uncompressed size the central directory records for `part`. */
export function sizeOf(workbook: Buffer, part: string): number {
  return workbook.readUInt32LE(listed(workbook, part).crcAt + 8);
}

/** The CRC-32 the central directory records for `part`. */
export function crcOf(workbook: Buffer, part: string): number {
  return workbook.readUInt32LE(listed(workbook, part).crcAt);
}

/** Where `part`'s compressed bytes lie in the file (to flip bits in them). */
export function compressedRange(workbook: Buffer, part: string): [number, number] {
  const e = listed(workbook, part);
  return [e.start, e.start + e.compressed];
}
