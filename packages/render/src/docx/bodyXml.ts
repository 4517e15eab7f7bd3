import { escapeXml } from '../_lib/xml';
import type { Block, MastheadBlock, Run, SignoffBlock, TextRun } from '../markup/blocks';
import { MASTHEAD_COLUMNS, MASTHEAD_INDENT, SIGNATURE_MARKS, SIGNOFF_COLUMNS, SIZE, TEXT_WIDTH } from './layout';

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
}

function rPr(style: RunStyle): string {
  const parts: string[] = [];
  if (style.bold) parts.push('<w:b/><w:bCs/>');
  if (style.italic) parts.push('<w:i/><w:iCs/>');
  // CT_RPr is a sequence: b, i, …, sz, szCs, …, u — Word refuses elements out of order.
  if (style.size !== undefined) parts.push(`<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>`);
  if (style.underline) parts.push('<w:u w:val="single"/>');
  return parts.length > 0 ? `<w:rPr>${parts.join('')}</w:rPr>` : '';
}

/** One text run. */
export function textRun(text: string, style: RunStyle = {}): string {
  return `<w:r>${rPr(style)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A paragraph with explicit properties (table cells, header, sign-off). */
export function para(runs: string, opts: { jc?: 'center' | 'left' | 'both'; before?: number; after?: number; style?: string; extra?: string } = {}): string {
  const pPr = [
    opts.style ? `<w:pStyle w:val="${opts.style}"/>` : '',
    opts.extra ?? '',
    opts.before !== undefined || opts.after !== undefined ? `<w:spacing w:before="${opts.before ?? 0}" w:after="${opts.after ?? 0}"/>` : '',
    opts.jc ? `<w:jc w:val="${opts.jc}"/>` : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

/** A short horizontal rule: an empty, tiny paragraph whose bottom border spans `length` twips, centred in `width`. */
function rule(length: number, width: number, after = 0): string {
  const indent = Math.max(0, Math.round((width - length) / 2));
  // The paragraph mark's size (pPr/rPr) sets the empty paragraph's height: 2 pt.
  return `<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="0" w:after="${after}" w:line="240" w:lineRule="auto"/><w:ind w:left="${indent}" w:right="${indent}"/><w:jc w:val="center"/><w:rPr><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr></w:pPr></w:p>`;
}

/** Rough printed width of a line of capitals in Times New Roman, in twips. */
function capsWidth(text: string, halfPoints: number): number {
  return Math.round(text.length * (halfPoints / 2) * 20 * 0.66);
}

function cell(width: number, content: string): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
}

function borderlessTable(widths: readonly number[], rows: string[][], indent = 0): string {
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const none = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('');
  const body = rows.map((cells) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.map((c, i) => cell(widths[i] as number, c)).join('')}</w:tr>`).join('');
  const total = widths.reduce((a, b) => a + b, 0);
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblInd w:w="${indent}" w:type="dxa"/><w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

function masthead(b: MastheadBlock): string {
  const [leftW] = MASTHEAD_COLUMNS;
  const left = [
    ...(b.parent ? [para(textRun(b.parent, { size: SIZE.agency }), { jc: 'center' })] : []),
    ...b.agency.map((line) => para(textRun(line, { bold: true, size: SIZE.agency }), { jc: 'center' })),
    rule(Math.round(Math.max(...b.agency.map((l) => capsWidth(l, SIZE.agency))) * 0.45), leftW),
  ].join('');
  const right = [
    para(textRun(b.nation, { bold: true, size: SIZE.nation }), { jc: 'center' }),
    para(textRun(b.motto, { bold: true, underline: true, size: SIZE.motto }), { jc: 'center' }),
  ].join('');
  const number = para(textRun(b.number, { size: SIZE.number }), { jc: 'center', before: 120 });
  const dateline = para(textRun(b.dateline, { italic: true }), { jc: 'center', before: 120 });
  return borderlessTable(
    MASTHEAD_COLUMNS,
    [
      [left, right],
      [number, dateline],
    ],
    MASTHEAD_INDENT,
  );
}

/** Runs inside a bookmark `name` (none when `name` is undefined). */
function marked(runs: string, name: (typeof SIGNATURE_MARKS)[keyof typeof SIGNATURE_MARKS] | undefined): string {
  if (name === undefined) return runs;
  const id = Object.values(SIGNATURE_MARKS).indexOf(name) + 9001;
  return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${runs}<w:bookmarkEnd w:id="${id}"/>`;
}

function signoff(b: SignoffBlock): string {
  const left = [
    para(textRun(b.recipientsLabel, { bold: true, italic: true, size: SIZE.recipientsLabel }), { jc: 'left', before: 120 }),
    ...b.recipients.map((r) => para(textRun(r, { size: SIZE.recipients }), { jc: 'left' })),
  ].join('');
  const right = [
    ...b.authority.map((line, i) => para(textRun(line, { bold: true }), { jc: 'center', before: i === 0 ? 120 : 0 })),
    // Room for the signature and the seal; its mark, in an empty centred line, is the column's centre.
    ...Array.from({ length: 4 }, (_, i) => para(marked('', i === 0 ? SIGNATURE_MARKS.room : undefined), { jc: 'center' })),
    para(marked(textRun(b.name, { bold: true }), SIGNATURE_MARKS.name), { jc: 'center' }),
  ].join('');
  return borderlessTable(SIGNOFF_COLUMNS, [[left, right]]);
}

/** Collects footnote texts as they are met; the reference number is their position. */
export class FootnoteCollector {
  readonly notes: string[] = [];
  /** @param offset - ids already used by a template's own footnotes */
  constructor(private readonly offset = 0) {}
  add(runs: TextRun[]): number {
    const id = this.offset + this.notes.length + 1;
    const body = runs.map((r) => textRun(r.text, { bold: r.bold, italic: r.italic })).join('');
    this.notes.push(
      `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${textRun(' ')}${body}</w:p></w:footnote>`,
    );
    return id;
  }
}

function runsXml(runs: Run[], footnotes: FootnoteCollector): string {
  return runs
    .map((r) =>
      r.kind === 'text'
        ? textRun(r.text, { bold: r.bold, italic: r.italic })
        : `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${footnotes.add(r.runs)}"/></w:r>`,
    )
    .join('');
}

/**
 * The body XML (the children of <w:body> before <w:sectPr>) for the blocks.
 *
 * @param blocks - the parsed markup
 * @param footnotes - receives the footnotes met
 */
export function bodyXml(blocks: Block[], footnotes: FootnoteCollector): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'masthead':
          return masthead(b);
        case 'title':
          return para(textRun(b.text), { style: 'Title' });
        case 'subtitle':
          return para(textRun(b.text), { style: 'Subtitle' }) + rule(Math.round(TEXT_WIDTH * 0.3), TEXT_WIDTH, 240);
        case 'heading':
          return para(runsXml(b.runs, footnotes), { style: `Heading${b.level}` });
        case 'paragraph':
          return para(runsXml(b.runs, footnotes), { style: 'BodyText' });
        case 'signoff':
          return signoff(b);
      }
    })
    .join('\n');
}
