import { zipDeterministic } from '../_lib/zip';
import { escapeXml } from '../_lib/xml';
import type { Block } from '../markup/blocks';
import { FootnoteCollector, bodyXml } from './bodyXml';
import { PAGE } from './layout';
import {
  R_NS,
  W_NS,
  XML_HEAD,
  contentTypesXml,
  corePropsXml,
  documentRelsXml,
  emptyHeaderXml,
  fontTableXml,
  footnotesXml,
  packageRelsXml,
  pageNumberHeaderXml,
  settingsXml,
  stylesXml,
} from './parts';

/** The section properties: A4, the decree's margins, page numbers from page 2. */
export const sectPrXml = `<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:headerReference w:type="first" r:id="rId6"/><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/><w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/><w:cols w:space="720"/><w:titlePg/></w:sectPr>`;

/**
 * Writes the report as a WordprocessingML package in the layout of Nghị định 30/2020 (A4,
 * margins 20/20/30/15 mm, Times New Roman 14 pt, page numbers centred at the top from page 2,
 * footnotes as real footnotes). Deterministic: fixed zip dates, no clock.
 *
 * @param blocks - the parsed markup
 * @param title - the document title stored in docProps/core.xml
 * @returns the .docx bytes
 */
export function writeDocx(blocks: Block[], title: string): Uint8Array {
  const footnotes = new FootnoteCollector();
  const body = bodyXml(blocks, footnotes);
  const document = `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>\n${body}\n${sectPrXml}</w:body></w:document>`;
  return zipDeterministic([
    ['[Content_Types].xml', contentTypesXml],
    ['_rels/.rels', packageRelsXml],
    ['docProps/core.xml', corePropsXml(escapeXml(title))],
    ['word/document.xml', document],
    ['word/_rels/document.xml.rels', documentRelsXml],
    ['word/styles.xml', stylesXml],
    ['word/settings.xml', settingsXml],
    ['word/fontTable.xml', fontTableXml],
    ['word/footnotes.xml', footnotesXml(footnotes.notes)],
    ['word/header1.xml', pageNumberHeaderXml],
    ['word/header2.xml', emptyHeaderXml],
  ]);
}
