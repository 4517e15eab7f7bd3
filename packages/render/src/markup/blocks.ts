/** A run of text inside a paragraph. */
export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A footnote reference; its text is printed at the foot of the page (DOCX) or after the body. */
export interface FootnoteRun {
  kind: 'footnote';
  runs: TextRun[];
}

export type Run = TextRun | FootnoteRun;

/** The header table of Nghị định 30/2020 (Mẫu 1.4). */
export interface MastheadBlock {
  kind: 'masthead';
  parent: string | null;
  agency: string[];
  number: string;
  nation: string;
  motto: string;
  dateline: string;
}

export interface TitleBlock {
  kind: 'title' | 'subtitle';
  text: string;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  runs: Run[];
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
}

/** Nơi nhận beside the signature block. */
export interface SignoffBlock {
  kind: 'signoff';
  recipientsLabel: string;
  recipients: string[];
  authority: string[];
  name: string;
}

/** The report as a list of blocks, shared by the DOCX, Markdown and HTML writers. */
export type Block = MastheadBlock | TitleBlock | HeadingBlock | ParagraphBlock | SignoffBlock;

/** The plain text of runs, footnotes left out. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => (r.kind === 'text' ? r.text : '')).join('');
}
