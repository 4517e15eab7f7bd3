import { InputError } from '@tthc/core';
import { renderInputErrors } from '../renderInputErrors';
import { unzipEntries, zipDeterministic } from '../_lib/zip';
import { escapeXml } from '../_lib/xml';
import { formatShortDate } from '../format/dates';
import type { Block } from '../markup/blocks';
import type { ReportContext } from '../model/buildContext';
import { FootnoteCollector, bodyXml } from './bodyXml';
import { footnotesXml, stylesXml } from './parts';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] as string);
}

/** The values of the text placeholders of a user's Word template. */
function placeholderValues(blocks: Block[], context: ReportContext): Record<string, string> {
  const subtitle = blocks.find((b) => b.kind === 'subtitle');
  return {
    number: context.header.numberText,
    symbol: context.profile.symbol,
    numberLine: context.header.number,
    dateLine: context.header.dateLine,
    title: subtitle?.kind === 'subtitle' ? subtitle.text : context.profile.title,
    agency: context.header.agency.join(' '),
    place: context.profile.place,
    from: formatShortDate(context.period.from),
    to: formatShortDate(context.period.to),
  };
}

/** Adds the styles our paragraphs use when the template does not define them. */
function mergeStyles(templateStyles: string): string {
  const ours = [...stylesXml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[\s\S]*?<\/w:style>/g)];
  const missing = ours.filter(([, id]) => !templateStyles.includes(`w:styleId="${id}"`)).map(([xml]) => xml);
  return templateStyles.replace('</w:styles>', `${missing.join('')}</w:styles>`);
}

/** Adds our footnotes to the template's footnotes part (or creates the part). */
function addFootnotes(files: Record<string, Uint8Array>, notes: string[]): void {
  if (notes.length === 0) return;
  const path = 'word/footnotes.xml';
  const existing = files[path];
  if (existing) {
    files[path] = encoder.encode(decoder.decode(existing).replace('</w:footnotes>', `${notes.join('')}</w:footnotes>`));
    return;
  }
  files[path] = encoder.encode(footnotesXml(notes));
  const rels = 'word/_rels/document.xml.rels';
  files[rels] = encoder.encode(
    decoder
      .decode(files[rels] ?? new Uint8Array())
      .replace('</Relationships>', '<Relationship Id="rIdTthcFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>'),
  );
  const types = '[Content_Types].xml';
  files[types] = encoder.encode(
    decoder
      .decode(files[types] ?? new Uint8Array())
      .replace('</Types>', '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'),
  );
}

/**
 * Fills a ward's own Word template (its letterhead) with the report. In the template, a
 * paragraph holding only `{{body}}` receives the title and sections I–V with the closing
 * sentence, one holding only `{{signoff}}` receives Nơi nhận and the signature block, and
 * these anywhere in a paragraph are replaced by their text (the paragraph keeps the style of
 * its first run): `{{number}}` ("07", or blanks), `{{symbol}}` ("BC-UBND"), `{{numberLine}}`
 * ("Số: 07/BC-UBND"), `{{dateLine}}`, `{{title}}`, `{{agency}}`, `{{place}}`, `{{from}}`,
 * `{{to}}` (dd/mm/yyyy). An unknown placeholder is an error naming it.
 *
 * @param template - the .docx template's bytes
 * @param blocks - the parsed markup of the report
 * @param context - the template context (header texts)
 * @returns the filled .docx bytes (fixed zip dates)
 * @throws InputError when the template is not a .docx, lacks `{{body}}` or holds an unknown placeholder
 */
export function fillWordTemplate(template: Uint8Array, blocks: Block[], context: ReportContext): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = { ...unzipEntries(template) };
  } catch (cause) {
    throw new InputError(renderInputErrors.word_template_not_docx, { cause });
  }
  const docPath = 'word/document.xml';
  const docBytes = files[docPath];
  if (!docBytes) throw new InputError(renderInputErrors.word_template_without_document);
  let existingNotes = 0;
  if (files['word/footnotes.xml']) {
    const ids = [...decoder.decode(files['word/footnotes.xml']).matchAll(/w:id="(-?\d+)"/g)].map((m) => Number(m[1]));
    existingNotes = Math.max(0, ...ids);
  }
  const footnotes = new FootnoteCollector(existingNotes);
  const values = placeholderValues(blocks, context);
  const bodyBlocks = blocks.filter((b) => b.kind !== 'masthead' && b.kind !== 'signoff');
  const signoffBlocks = blocks.filter((b) => b.kind === 'signoff');
  let sawBody = false;

  const document = decoder.decode(docBytes).replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (paragraph) => {
    const text = unescapeXml([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
    if (!text.includes('{{')) return paragraph;
    const trimmed = text.trim();
    if (trimmed === '{{body}}') {
      sawBody = true;
      return bodyXml(bodyBlocks, footnotes);
    }
    if (trimmed === '{{signoff}}') return bodyXml(signoffBlocks, footnotes);
    const replaced = text.replace(/\{\{\s*([\w]+)\s*\}\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) {
        throw new InputError(renderInputErrors.word_template_unknown_placeholder, {
          params: { placeholder: whole, known: ['body', 'signoff', ...Object.keys(values)] },
        });
      }
      return value;
    });
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(paragraph)?.[0] ?? '';
    const firstRun = /<w:r(?: [^>]*)?>[\s\S]*?<\/w:r>/.exec(paragraph)?.[0] ?? '';
    const rPr = /^<w:r(?: [^>]*)?>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(firstRun)?.[1] ?? '';
    const open = /^<w:p(?: [^>]*)?>/.exec(paragraph)?.[0] ?? '<w:p>';
    return `${open}${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(replaced)}</w:t></w:r></w:p>`;
  });
  if (!sawBody) {
    throw new InputError(renderInputErrors.word_template_without_body, { params: { placeholder: '{{body}}' } });
  }
  files[docPath] = encoder.encode(document);
  const stylesPath = 'word/styles.xml';
  if (files[stylesPath]) files[stylesPath] = encoder.encode(mergeStyles(decoder.decode(files[stylesPath])));
  addFootnotes(files, footnotes.notes);
  return zipDeterministic(Object.entries(files).filter(([p]) => !p.endsWith('/')));
}
