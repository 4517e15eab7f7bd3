import { unzipSync } from 'fflate';

const decoder = new TextDecoder();

/** The text of an XML part of a zip (DOCX/XLSX). */
export function zipPart(zip: Uint8Array, path: string): string {
  const data = unzipSync(zip)[path];
  if (!data) throw new Error(`no ${path} in the zip`);
  return decoder.decode(data);
}

function unescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] as string);
}

/** The non-empty paragraphs of a WordprocessingML part, as plain text (footnote references left out). */
export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => unescape([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')))
    .map((t) => t.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}
