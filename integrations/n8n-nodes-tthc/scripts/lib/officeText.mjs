// Text of a DOCX (paragraph by paragraph) and the cell values of an XLSX, to check a report's figures.
import { strFromU8, unzipSync } from 'fflate';

const decode = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs of a DOCX's main document, runs joined. */
export function docxParagraphs(buffer) {
  const xml = strFromU8(unzipSync(new Uint8Array(buffer), { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
  return xml.split(/<w:p[ >]/).map((p) => decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
}

/** Every cell value of every sheet of an XLSX (shared strings resolved), as text. */
export function xlsxValues(buffer) {
  const files = unzipSync(new Uint8Array(buffer));
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
