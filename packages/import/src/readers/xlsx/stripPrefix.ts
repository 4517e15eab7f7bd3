// Some writers (the OpenXML SDK used raw, several .NET back ends) give SpreadsheetML elements a
// namespace prefix: <x:worksheet>, <x:row>, <x:c>, <x:v>. The scanners expect the usual
// unprefixed names, so the prefix is taken out of the stream first (bytes kept as they are).

const ROOT = /<([A-Za-z_][\w.-]*):(?:worksheet|sst)\b/;

/**
 * Streams the chunks of a sheet or shared-string XML with the root element's namespace prefix
 * removed from every tag; a stream without a prefix passes through untouched.
 */
export async function* stripPrefix(chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let prefix: string | undefined;
  let head: Buffer[] | undefined = [];
  let headLength = 0;
  let tail = '';
  const strip = (chunk: Buffer): Buffer => {
    if (prefix === undefined) return chunk;
    const open = `<${prefix}:`;
    const close = `</${prefix}:`;
    // latin1 keeps every byte as one character, so UTF-8 text survives the round trip.
    let text = tail + chunk.toString('latin1');
    const lt = text.lastIndexOf('<');
    tail = '';
    if (lt !== -1 && text.length - lt < close.length) {
      tail = text.slice(lt); // a tag cut by the chunk boundary
      text = text.slice(0, lt);
    }
    return Buffer.from(text.replaceAll(close, '</').replaceAll(open, '<'), 'latin1');
  };
  for await (const chunk of chunks) {
    if (head) {
      // Decide once the root element is in view (the first 4 kB, whatever the chunking).
      head.push(chunk);
      headLength += chunk.length;
      if (headLength < 4096) continue;
      const first = Buffer.concat(head);
      head = undefined;
      prefix = ROOT.exec(first.toString('latin1', 0, 4096))?.[1];
      yield strip(first);
      continue;
    }
    yield strip(chunk);
  }
  if (head) {
    const first = Buffer.concat(head);
    prefix = ROOT.exec(first.toString('latin1', 0, 4096))?.[1];
    yield strip(first);
  }
  if (tail !== '') yield Buffer.from(tail, 'latin1');
}
