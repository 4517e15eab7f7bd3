import type { Cell } from '../../presets/mapRow';
import { XmlTextError, doctypeRefused } from '../xlsx/xmlMarkup';
import { decodeReferences as decode, tagEndIn, tidy } from '../xlsx/xmlText';

// The cells of an OpenDocument spreadsheet's content.xml (ODF 1.2/1.3 part 1, §9.1 tables), read
// as a stream of XML (XML 1.0, Namespaces in XML): elements are known by their namespace, not by
// the prefix a writer chose; a row or cell repeated (table:number-rows-repeated,
// table:number-columns-repeated) is one event with its count, expanded by the reader.

const NS = {
  office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
} as const;

/** What the content says, in document order. */
export type OdsEvent =
  | { kind: 'table'; name: string }
  | { kind: 'row'; repeat: number }
  | { kind: 'cell'; repeat: number; value: Cell }
  | { kind: 'rowEnd' }
  | { kind: 'tableEnd' };

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

interface Tag {
  ns: string;
  local: string;
  attrs: Map<string, string>; // "namespace local" → decoded value
  selfClosing: boolean;
}

/** The days since 1899-12-30 (the 1900 date system's serial) of an ODF date or date-time value. */
function dateSerial(value: string): number | undefined {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(\.\d+)?)?/.exec(value);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Math.round(Number(m[7] ?? 0) * 1000));
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The fraction of a day of an ODF time value (an ISO 8601 duration, "PT08H30M00S"). */
function timeFraction(value: string): number | undefined {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(value);
  if (!m) return undefined;
  return (Number(m[1] ?? 0) * 86_400 + Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) / 86_400;
}

/**
 * A cell's value from its office: attributes, else its text (undefined when empty), as the xlsx
 * reader gives the same cell: texts tidied (`tidy`: NFC, legacy encodings converted, white
 * space collapsed), booleans as 1 or 0, dates and times as serials.
 */
function cellValue(attrs: Map<string, string>, text: string): Cell {
  const at = (name: string) => attrs.get(`${NS.office} ${name}`);
  const type = at('value-type');
  const string = (v: string) => (v === '' ? undefined : tidy(v));
  const number = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? string(text) : v);
  if (type === 'float' || type === 'percentage' || type === 'currency') return number(Number(at('value')));
  if (type === 'date') return number(dateSerial(at('date-value') ?? ''));
  if (type === 'time') return number(timeFraction(at('time-value') ?? ''));
  if (type === 'boolean') return at('boolean-value') === 'true' ? 1 : 0;
  return string(type === 'string' && at('string-value') !== undefined ? (at('string-value') as string) : text);
}

/**
 * The events of content.xml, in batches (one a chunk): tables, rows, cells with their values.
 *
 * @throws XmlTextError for markup that is not well-formed where it matters (a bare `&`, an unknown entity, a DOCTYPE)
 */
export async function* odsEvents(chunks: AsyncIterable<Buffer>): AsyncGenerator<OdsEvent[]> {
  const prefixes = new Map<string, string>([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  let carry = '';
  let defaultNs = '';
  // Where the scan is: inside a cell (its attributes, its text so far), a paragraph, an annotation.
  let cell: { attrs: Map<string, string>; repeat: number; paragraphs: string[] } | undefined;
  let paragraph: string | undefined;
  let paragraphDepth = 0;
  let ignoreDepth = 0; // inside office:annotation (a comment on the cell): its text is not the cell's
  let depth = 0;
  const parseTag = (raw: string): Tag => {
    const selfClosing = raw.endsWith('/');
    const body = selfClosing ? raw.slice(0, -1) : raw;
    const name = /^[^\s/>]+/.exec(body)?.[0] ?? '';
    const rawAttrs: [string, string][] = [];
    for (const m of body.slice(name.length).matchAll(ATTRIBUTE)) rawAttrs.push([m[1] as string, decode(m[2] ?? m[3] ?? '')]);
    for (const [k, v] of rawAttrs) {
      if (k === 'xmlns') defaultNs = v;
      else if (k.startsWith('xmlns:')) prefixes.set(k.slice(6), v);
    }
    const resolve = (qname: string, isAttribute: boolean) => {
      const colon = qname.indexOf(':');
      if (colon === -1) return { ns: isAttribute ? '' : defaultNs, local: qname };
      return { ns: prefixes.get(qname.slice(0, colon)) ?? `?${qname.slice(0, colon)}`, local: qname.slice(colon + 1) };
    };
    const attrs = new Map<string, string>();
    for (const [k, v] of rawAttrs) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      const r = resolve(k, true);
      attrs.set(`${r.ns} ${r.local}`, v);
    }
    return { ...resolve(name, false), attrs, selfClosing };
  };
  const count = (attrs: Map<string, string>, name: string) => {
    const n = Number(attrs.get(`${NS.table} ${name}`) ?? 1);
    return Number.isInteger(n) && n >= 1 ? n : 1;
  };
  for await (const chunk of chunks) {
    const text = carry + chunk.toString('utf8');
    const out: OdsEvent[] = [];
    let p = 0;
    for (;;) {
      const lt = text.indexOf('<', p);
      const textEnd = lt === -1 ? text.length : lt;
      if (paragraph !== undefined && ignoreDepth === 0 && textEnd > p) {
        if (lt === -1) break; // character data waits for the markup that ends it
        paragraph += decode(text.slice(p, lt));
      }
      if (lt === -1) {
        p = text.length;
        break;
      }
      let end: number;
      if (text.startsWith('<!--', lt)) end = text.indexOf('-->', lt + 4) + 3;
      else if (text.startsWith('<?', lt)) end = text.indexOf('?>', lt + 2) + 2;
      else if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        end = close === -1 ? 2 : close + 3;
        if (close !== -1 && paragraph !== undefined && ignoreDepth === 0) paragraph += text.slice(lt + 9, close);
      } else if (text.startsWith('<!', lt)) {
        if (text.length - lt < 9) end = 2; // "<!DOCTYPE" or "<![CDATA[" cut by the chunk boundary
        else throw doctypeRefused();
      } else end = tagEndIn(text, lt) + 1; // 0 when the tag goes on in the next chunk
      if (end < 3) {
        p = lt; // the markup goes on in the next chunk
        break;
      }
      p = end;
      if (text[lt + 1] === '!' || text[lt + 1] === '?') continue;
      if (text[lt + 1] === '/') {
        depth -= 1;
        const { ns, local } = parseTag(text.slice(lt + 2, end - 1).trim());
        if (ignoreDepth > 0) {
          ignoreDepth -= 1;
          continue;
        }
        if (ns === NS.text && local === 'p' && paragraph !== undefined && depth === paragraphDepth) {
          cell?.paragraphs.push(paragraph);
          paragraph = undefined;
        } else if (ns === NS.table && (local === 'table-cell' || local === 'covered-table-cell') && cell) {
          out.push({ kind: 'cell', repeat: cell.repeat, value: cellValue(cell.attrs, cell.paragraphs.join('\n')) });
          cell = undefined;
        } else if (ns === NS.table && local === 'table-row') out.push({ kind: 'rowEnd' });
        else if (ns === NS.table && local === 'table') out.push({ kind: 'tableEnd' });
        continue;
      }
      const tag = parseTag(text.slice(lt + 1, end - 1));
      if (!tag.selfClosing) depth += 1;
      if (ignoreDepth > 0) {
        if (!tag.selfClosing) ignoreDepth += 1;
        continue;
      }
      if (tag.ns === NS.office && tag.local === 'annotation') {
        if (!tag.selfClosing) ignoreDepth = 1;
      } else if (tag.ns === NS.table && tag.local === 'table') {
        out.push({ kind: 'table', name: tag.attrs.get(`${NS.table} name`) ?? '' });
        if (tag.selfClosing) out.push({ kind: 'tableEnd' });
      } else if (tag.ns === NS.table && tag.local === 'table-row') {
        out.push({ kind: 'row', repeat: count(tag.attrs, 'number-rows-repeated') });
        if (tag.selfClosing) out.push({ kind: 'rowEnd' });
      } else if (tag.ns === NS.table && (tag.local === 'table-cell' || tag.local === 'covered-table-cell')) {
        const c = { attrs: tag.attrs, repeat: count(tag.attrs, 'number-columns-repeated'), paragraphs: [] as string[] };
        if (tag.selfClosing) out.push({ kind: 'cell', repeat: c.repeat, value: cellValue(c.attrs, '') });
        else cell = c;
      } else if (cell && tag.ns === NS.text) {
        if (tag.local === 'p' || tag.local === 'h') {
          if (tag.selfClosing) cell.paragraphs.push('');
          else {
            paragraph = '';
            paragraphDepth = depth - 1;
          }
        } else if (paragraph !== undefined && tag.local === 's') {
          const n = Number(tag.attrs.get(`${NS.text} c`) ?? 1); // text:s, c spaces
          paragraph += ' '.repeat(Number.isInteger(n) && n >= 1 ? Math.min(n, 1024) : 1);
        }
        else if (paragraph !== undefined && tag.local === 'tab') paragraph += '\t';
        else if (paragraph !== undefined && tag.local === 'line-break') paragraph += '\n';
      }
    }
    carry = text.slice(p);
    if (carry.length > 64 * 1024 * 1024) throw new XmlTextError('một thẻ hay đoạn văn dài quá 64 MB', 'markup longer than 64 MB');
    if (out.length > 0) yield out;
  }
}
