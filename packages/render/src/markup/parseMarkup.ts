import type { Block, Run, TextRun } from './blocks';
import { MarkupError } from './markupError';
import { markupErrors } from './markupErrors';

/**
 * The templates write a small XML-like markup that every output format is made from:
 *
 *   <masthead> <parent/>? <agency/>+ <number/> <nation/> <motto/> <dateline/> </masthead>
 *   <title/> <subtitle/> <h1/> <h2/> <h3/> <p/>   (inline: <b>, <i>, <fn>)
 *   <signoff> <recipients> <label/> <li/>* </recipients> <signer> <authority/>* <name/> </signer> </signoff>
 *
 * No attributes. Handlebars escapes every value for HTML, so a value can never add a tag;
 * entities are decoded here. Runs of spaces, tabs and newlines collapse to one space.
 */

interface Element {
  name: string;
  line: number;
  children: Node[];
}
type Node = Element | string;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);|&/g, (whole, body: string | undefined) => {
    if (body === undefined) throw new MarkupError(markupErrors.bare_ampersand, { path: { line } });
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    const named = NAMED[body];
    if (named === undefined) throw new MarkupError(markupErrors.unknown_entity, { path: { line }, params: { entity: whole } });
    return named;
  });
}

function parseTree(source: string): Element {
  const root: Element = { name: '#root', line: 1, children: [] };
  const stack: Element[] = [root];
  const token = /<(\/?)([a-z][a-z0-9-]*)\s*(\/?)>|[^<]+|</g;
  let line = 1;
  for (const m of source.matchAll(token)) {
    const top = stack[stack.length - 1] as Element;
    const [whole, closing, name, selfClosing] = m;
    if (name === undefined) {
      if (whole === '<') throw new MarkupError(markupErrors.stray_less_than, { path: { line } });
      top.children.push(decodeEntities(whole, line));
    } else if (closing === '/') {
      if (top.name !== name) throw new MarkupError(markupErrors.wrong_closing_tag, { path: { line }, params: { element: name, open: top.name } });
      stack.pop();
    } else {
      const el: Element = { name, line, children: [] };
      top.children.push(el);
      if (selfClosing !== '/') stack.push(el);
    }
    line += whole.split('\n').length - 1;
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1] as Element;
    throw new MarkupError(markupErrors.never_closed, { path: { line: open.line }, params: { element: open.name } });
  }
  return root;
}

function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ');
}

function inlineRuns(el: Element, bold: boolean, italic: boolean, allowFootnote: boolean): Run[] {
  const runs: Run[] = [];
  for (const child of el.children) {
    if (typeof child === 'string') {
      runs.push({ kind: 'text', text: collapse(child), bold, italic });
    } else if (child.name === 'b') {
      runs.push(...inlineRuns(child, true, italic, allowFootnote));
    } else if (child.name === 'i') {
      runs.push(...inlineRuns(child, bold, true, allowFootnote));
    } else if (child.name === 'fn' && allowFootnote) {
      runs.push({ kind: 'footnote', runs: trimRuns(inlineRuns(child, false, false, false)) as TextRun[] });
    } else {
      throw new MarkupError(markupErrors.not_allowed_inside, { path: { line: child.line }, params: { element: child.name, parent: el.name } });
    }
  }
  return runs;
}

/** Trims the spaces at both ends and merges neighbouring runs of the same style. */
function trimRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (run.kind === 'text' && last?.kind === 'text' && last.bold === run.bold && last.italic === run.italic) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else merged.push(run);
  }
  const first = merged[0];
  if (first?.kind === 'text') merged[0] = { ...first, text: first.text.replace(/^ +/, '') };
  const lastRun = merged[merged.length - 1];
  if (lastRun?.kind === 'text') merged[merged.length - 1] = { ...lastRun, text: lastRun.text.replace(/ +$/, '') };
  return merged.filter((r) => r.kind === 'footnote' || r.text !== '');
}

function plain(el: Element): string {
  const runs = trimRuns(inlineRuns(el, false, false, false));
  return runs.map((r) => (r.kind === 'text' ? r.text : '')).join('');
}

function elements(el: Element): Element[] {
  const out: Element[] = [];
  for (const child of el.children) {
    if (typeof child === 'string') {
      if (child.trim() !== '') throw new MarkupError(markupErrors.text_directly_inside, { path: { line: el.line }, params: { text: child.trim().slice(0, 40), parent: el.name } });
    } else out.push(child);
  }
  return out;
}

function only(children: Element[], name: string, parent: Element, optional = false): Element | undefined {
  const found = children.filter((c) => c.name === name);
  if (found.length > 1 || (found.length === 0 && !optional)) {
    throw new MarkupError(optional ? markupErrors.needs_at_most_one : markupErrors.needs_exactly_one, {
      path: { line: parent.line },
      params: { parent: parent.name, element: name },
    });
  }
  return found[0];
}

function checkNames(children: Element[], allowed: string[], parent: Element): void {
  for (const c of children) {
    if (!allowed.includes(c.name)) throw new MarkupError(markupErrors.not_allowed_inside, { path: { line: c.line }, params: { element: c.name, parent: parent.name } });
  }
}

function masthead(el: Element): Block {
  const children = elements(el);
  checkNames(children, ['parent', 'agency', 'number', 'nation', 'motto', 'dateline'], el);
  const parent = only(children, 'parent', el, true);
  const agency = children.filter((c) => c.name === 'agency').map(plain);
  if (agency.length === 0) throw new MarkupError(markupErrors.needs_agency, { path: { line: el.line } });
  return {
    kind: 'masthead',
    parent: parent ? plain(parent) : null,
    agency,
    number: plain(only(children, 'number', el) as Element),
    nation: plain(only(children, 'nation', el) as Element),
    motto: plain(only(children, 'motto', el) as Element),
    dateline: plain(only(children, 'dateline', el) as Element),
  };
}

function signoff(el: Element): Block {
  const children = elements(el);
  checkNames(children, ['recipients', 'signer'], el);
  const recipients = only(children, 'recipients', el) as Element;
  const signer = only(children, 'signer', el) as Element;
  const rc = elements(recipients);
  checkNames(rc, ['label', 'li'], recipients);
  const sc = elements(signer);
  checkNames(sc, ['authority', 'name'], signer);
  return {
    kind: 'signoff',
    recipientsLabel: plain(only(rc, 'label', recipients) as Element),
    recipients: rc.filter((c) => c.name === 'li').map(plain),
    authority: sc.filter((c) => c.name === 'authority').map(plain),
    name: plain(only(sc, 'name', signer) as Element),
  };
}

/**
 * Parses the markup the templates produce into blocks.
 *
 * @param source - the rendered template text
 * @returns the blocks, in order
 * @throws MarkupError naming the line and the element that is wrong
 * @example
 * parseMarkup('<h1>I. VỀ VIỆC</h1><p>Văn bản <b>07</b></p>');
 */
export function parseMarkup(source: string): Block[] {
  const root = parseTree(source);
  const blocks: Block[] = [];
  for (const el of elements(root)) {
    switch (el.name) {
      case 'masthead':
        blocks.push(masthead(el));
        break;
      case 'title':
      case 'subtitle':
        blocks.push({ kind: el.name, text: plain(el) });
        break;
      case 'h1':
      case 'h2':
      case 'h3':
        blocks.push({ kind: 'heading', level: Number(el.name[1]) as 1 | 2 | 3, runs: trimRuns(inlineRuns(el, false, false, true)) });
        break;
      case 'p':
        blocks.push({ kind: 'paragraph', runs: trimRuns(inlineRuns(el, false, false, true)) });
        break;
      case 'signoff':
        blocks.push(signoff(el));
        break;
      default:
        throw new MarkupError(markupErrors.unknown_element, { path: { line: el.line }, params: { element: el.name } });
    }
  }
  return blocks;
}
