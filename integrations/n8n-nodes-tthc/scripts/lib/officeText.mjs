// Text of a DOCX (paragraph by paragraph) and the cell values of an XLSX, to check a report's figures.
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip file (central directory; stored or deflated entries), name → bytes. */
export function unzip(buffer) {
  const buf = Buffer.from(buffer);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files[name] = method === 0 ? data : inflateRawSync(data);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
const strFromU8 = (bytes) => Buffer.from(bytes).toString('utf8');

const decode = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs of a DOCX's main document, runs joined. */
export function docxParagraphs(buffer) {
  const xml = strFromU8(unzip(buffer)['word/document.xml']);
  return xml.split(/<w:p[ >]/).map((p) => decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
}

/** Every cell value of every sheet of an XLSX (shared strings resolved), as text. */
export function xlsxValues(buffer) {
  const files = unzip(buffer);
  const shared = files['xl/sharedStrings.xml']
    ? strFromU8(files['xl/sharedStrings.xml']).split('<si>').slice(1).map((si) => decode([...si.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join('')))
    : [];
  const values = [];
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    for (const m of strFromU8(data).matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = m[1];
      const body = m[2] ?? '';
      const v = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      const inline = /<is>[\s\S]*?<t[^>]*>([^<]*)<\/t>/.exec(body)?.[1];
      if (/t="s"/.test(attrs) && v !== undefined) values.push(shared[Number(v)] ?? '');
      else if (inline !== undefined) values.push(decode(inline));
      else if (v !== undefined) values.push(decode(v));
    }
  }
  return values;
}
