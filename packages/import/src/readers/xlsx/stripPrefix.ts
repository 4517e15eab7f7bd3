// Some writers (the OpenXML SDK used raw, several .NET back ends) give SpreadsheetML elements a
// namespace prefix: <x:worksheet>, <x:row>, <x:c>, <x:v>. The scanners expect the usual
// unprefixed names, so the prefix is taken out of the stream first (bytes kept as they are).
// Any prefix will do (XML Namespaces §3): the root's own, and every prefix the root binds to the
// SpreadsheetML namespace (transitional or strict).

const BOUND = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MAIN = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);

/** The prefixes to take out: the root element's, and those its start tag binds to SpreadsheetML. */
function prefixesOf(head: string): string[] {
  const root = /<(?:([A-Za-z_][\w.-]*):)?(?:worksheet|sst)[\s/>]/.exec(head);
  if (!root) return [];
  const gt = head.indexOf('>', root.index);
  const tag = head.slice(root.index, gt === -1 ? undefined : gt);
  const found = new Set<string>();
  if (root[1] !== undefined) found.add(root[1]);
  for (const m of tag.matchAll(BOUND)) if (MAIN.has(m[2] ?? m[3] ?? '')) found.add(m[1] as string);
  return [...found];
}

/**
 * Streams the chunks of a sheet or shared-string XML with the root element's namespace prefix
 * removed from every tag; a stream without a prefix passes through untouched.
 */
export async function* stripPrefix(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let prefixes: string[] = [];
  let longest = 0;
  let head: Buffer[] | undefined = [];
  let headLength = 0;
  let tail = '';
  const decide = (first: Buffer) => {
    prefixes = prefixesOf(first.toString('latin1', 0, 4096));
    longest = Math.max(0, ...prefixes.map((p) => p.length + 3));
  };
  const strip = (chunk: Buffer): Buffer => {
    if (prefixes.length === 0) return chunk;
    // latin1 keeps every byte as one character, so UTF-8 text survives the round trip.
    let text = tail + chunk.toString('latin1');
    const lt = text.lastIndexOf('<');
    tail = '';
    if (lt !== -1 && text.length - lt < longest) {
      tail = text.slice(lt); // a tag cut by the chunk boundary
      text = text.slice(0, lt);
    }
    for (const prefix of prefixes) text = text.replaceAll(`</${prefix}:`, '</').replaceAll(`<${prefix}:`, '<');
    return Buffer.from(text, 'latin1');
  };
  for await (const chunk of chunks) {
    if (head) {
      // Decide once the root element is in view (the first 4 kB, whatever the chunking).
      head.push(chunk);
      headLength += chunk.length;
      if (headLength < 4096) continue;
      const first = Buffer.concat(head);
      head = undefined;
      decide(first);
      yield strip(first);
      continue;
    }
    yield strip(chunk);
  }
  if (head) {
    const first = Buffer.concat(head);
    decide(first);
    yield strip(first);
  }
  if (tail !== '') yield Buffer.from(tail, 'latin1');
}
