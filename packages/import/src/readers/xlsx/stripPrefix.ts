import { tagEndIn } from './xmlText';

// Before the scanners see a sheet or shared-string part, two things are done to its stream:
// - Everything before the root element goes: the XML declaration, comments, processing
//   instructions, white space (XML 1.0 §2.8 prolog), of any length, with no more than a few bytes
//   kept while looking for the end of one (a long comment costs no memory). A DOCTYPE is passed
//   on, for the scanners to refuse (a workbook part has none; its entities could expand).
// - Some writers (the OpenXML SDK used raw, several .NET back ends) give SpreadsheetML elements a
//   namespace prefix: <x:worksheet>, <x:row>, <x:c>, <x:v>. The scanners expect the usual
//   unprefixed names, so the prefix is taken out of every tag (bytes otherwise kept as they are).
//   Any prefix will do (XML Namespaces §3): the root's own, and every prefix the root binds to
//   the SpreadsheetML namespace (transitional or strict).

const BOUND = /\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MAIN = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
/** A root start tag longer than this is judged on its first part (its prefix and first bindings). */
const MAX_ROOT_TAG = 1 << 20;

/** The prefixes to take out: the root element's, and those its start tag binds to SpreadsheetML. */
function prefixesOf(rootTag: string): string[] {
  const root = /^<(?:([A-Za-z_][\w.-]*):)?[A-Za-z_][\w.-]*/.exec(rootTag);
  const found = new Set<string>();
  if (root?.[1] !== undefined) found.add(root[1]);
  for (const m of rootTag.matchAll(BOUND)) if (MAIN.has(m[2] ?? m[3] ?? '')) found.add(m[1] as string);
  return [...found];
}

/** The end of the prolog markup at `lt` (a comment, a processing instruction), or undefined for anything else. */
function terminatorOf(text: string, lt: number): string | undefined {
  if (text.startsWith('<!--', lt)) return '-->';
  if (text.startsWith('<?', lt)) return '?>';
  return undefined;
}

/**
 * Streams the chunks of a sheet or shared-string XML from its root element on, with the root
 * element's namespace prefix removed from every tag; a stream without a prefix passes through
 * untouched after its prolog.
 */
export async function* stripPrefix(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let prefixes: string[] | undefined; // undefined: still in the prolog
  let longest = 0;
  let tail = '';
  // In the prolog: what is kept of the text not yet judged, and the terminator looked for.
  let pending = '';
  let until: string | undefined;
  const strip = (chunk: Buffer): Buffer => {
    if (prefixes === undefined || prefixes.length === 0) return chunk;
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
  /** Reads prolog text; returns the root element onward once it is in view, else undefined. */
  const prolog = (text: string): string | undefined => {
    let at = 0;
    for (;;) {
      if (until !== undefined) {
        const end = text.indexOf(until, at);
        if (end === -1) {
          pending = text.slice(Math.max(at, text.length - until.length + 1)); // the terminator may be cut
          return undefined;
        }
        at = end + until.length;
        until = undefined;
        continue;
      }
      const lt = text.indexOf('<', at);
      if (lt === -1) {
        pending = '';
        return undefined;
      }
      if (text.length - lt < 4) {
        pending = text.slice(lt); // "<!-" or "<?" cut by the chunk boundary
        return undefined;
      }
      const terminator = terminatorOf(text, lt);
      if (terminator === undefined && text[lt + 1] === '!') {
        prefixes = []; // a DOCTYPE: on to the scanners, which refuse it
        return text.slice(lt);
      }
      if (terminator === undefined) {
        const close = tagEndIn(text, lt);
        const gt = close === -1 ? -1 : close + 1;
        if (gt === -1 && text.length - lt < MAX_ROOT_TAG) {
          pending = text.slice(lt);
          return undefined;
        }
        prefixes = prefixesOf(text.slice(lt, gt === -1 ? lt + MAX_ROOT_TAG : gt));
        longest = Math.max(0, ...prefixes.map((p) => p.length + 3));
        return text.slice(lt);
      }
      until = terminator;
      at = lt + 2;
    }
  };
  for await (const chunk of chunks) {
    if (prefixes !== undefined) {
      yield strip(chunk);
      continue;
    }
    const rest = prolog(pending + chunk.toString('latin1'));
    if (rest !== undefined) yield strip(Buffer.from(rest, 'latin1'));
  }
  if (prefixes === undefined && pending !== '') yield Buffer.from(pending, 'latin1'); // no root: the scan says what is missing
  if (tail !== '') yield Buffer.from(tail, 'latin1');
}
