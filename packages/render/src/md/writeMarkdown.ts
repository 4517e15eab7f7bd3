import type { Block, Run } from '../markup/blocks';

function escapeMd(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}

function inline(runs: Run[], notes: string[]): string {
  return runs
    .map((r) => {
      if (r.kind === 'footnote') {
        notes.push(r.runs.map((t) => escapeMd(t.text)).join(''));
        return `[^${notes.length}]`;
      }
      const text = escapeMd(r.text);
      if (text === '') return '';
      if (r.bold && r.italic) return `***${text}***`;
      if (r.bold) return `**${text}**`;
      if (r.italic) return `*${text}*`;
      return text;
    })
    .join('');
}

/**
 * Writes the report as Markdown (GitHub flavour: footnotes as `[^n]`).
 *
 * @param blocks - the parsed markup
 * @returns the Markdown text, ending with a newline
 */
export function writeMarkdown(blocks: Block[]): string {
  const notes: string[] = [];
  const out: string[] = [];
  const lines = (ls: string[]): string => ls.join('  \n'); // hard line breaks
  for (const b of blocks) {
    switch (b.kind) {
      case 'masthead':
        out.push(lines([...(b.parent ? [escapeMd(b.parent)] : []), ...b.agency.map((a) => `**${escapeMd(a)}**`), escapeMd(b.number)]));
        out.push(lines([`**${escapeMd(b.nation)}**`, `**${escapeMd(b.motto)}**`]));
        out.push(`*${escapeMd(b.dateline)}*`);
        break;
      case 'title':
        out.push(`# ${escapeMd(b.text)}`);
        break;
      case 'subtitle':
        out.push(`**${escapeMd(b.text)}**`);
        break;
      case 'heading':
        out.push(`${'#'.repeat(b.level + 1)} ${inline(b.runs, notes)}`);
        break;
      case 'paragraph':
        out.push(inline(b.runs, notes));
        break;
      case 'signoff':
        out.push(lines([`***${escapeMd(b.recipientsLabel)}***`, ...b.recipients.map(escapeMd)]));
        out.push(lines(b.authority.map((a) => `**${escapeMd(a)}**`)));
        out.push(`**${escapeMd(b.name)}**`);
        break;
    }
  }
  notes.forEach((n, i) => out.push(`[^${i + 1}]: ${n}`));
  return `${out.join('\n\n')}\n`;
}
