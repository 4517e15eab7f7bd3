// exceljs writes the children of a <font> as color, family, sz, name. ECMA-376 Part 1 §18.8.22
// declares CT_Font a repeatable choice (any order), but Microsoft's Open XML SDK validates it as a
// sequence and reports the font as an error, as it does any other out-of-order child. This puts
// the children of every style element of `xl/styles.xml` in the order of its sequence
// (sml.xsd, ECMA-376 Part 1, §18.8), so the annex validates in the SDK with 0 errors.

/** Child order of the SpreadsheetML style elements (sml.xsd; the SDK's particles for CT_Font). */
const SEQUENCES: Record<string, readonly string[]> = {
  styleSheet: ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  font: ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'],
  patternFill: ['fgColor', 'bgColor'],
  border: ['start', 'end', 'left', 'right', 'top', 'bottom', 'diagonal', 'vertical', 'horizontal'],
  xf: ['alignment', 'protection', 'extLst'],
  dxf: ['font', 'numFmt', 'fill', 'alignment', 'border', 'protection', 'extLst'],
};

interface Node {
  /** The element's name; `undefined` for text, comments and declarations. */
  name?: string;
  open: string;
  children: Node[];
  close: string;
}

const NAME = /^<\/?([^\s/>]+)/;

/** The XML as a tree of its own tokens (serialising it back gives the same text). */
function parse(xml: string): Node[] {
  const root: Node = { open: '', children: [], close: '' };
  const stack = [root];
  for (const [token] of xml.matchAll(/<[^>]*>|[^<]+/g)) {
    const top = stack[stack.length - 1] as Node;
    if (token.startsWith('</')) {
      top.close = token;
      stack.pop();
    } else if (token.startsWith('<?') || token.startsWith('<!') || !token.startsWith('<')) {
      top.children.push({ open: token, children: [], close: '' });
    } else {
      const node: Node = { name: NAME.exec(token)?.[1] ?? '', open: token, children: [], close: '' };
      top.children.push(node);
      if (!token.endsWith('/>')) stack.push(node);
    }
  }
  return root.children;
}

function reorder(node: Node): void {
  node.children.forEach(reorder);
  const order = node.name === undefined ? undefined : SEQUENCES[node.name];
  if (!order) return;
  const rank = (child: Node) => (child.name === undefined ? -1 : order.indexOf(child.name));
  // Only elements whose children are all known (no text between them) are reordered.
  if (node.children.some((child) => rank(child) < 0)) return;
  node.children.sort((a, b) => rank(a) - rank(b)); // stable: repeated children keep their order
}

const serialise = (nodes: Node[]): string => nodes.map((n) => n.open + serialise(n.children) + n.close).join('');

/**
 * `xl/styles.xml` with the children of every style element in schema order; nothing else changes.
 *
 * @param xml - the styles part as written by exceljs
 */
export function stylesInSchemaOrder(xml: string): string {
  const nodes = parse(xml);
  nodes.forEach(reorder);
  return serialise(nodes);
}
