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
  let decided = false;
  let tail = '';
  for await (const chunk of chunks) {
    if (!decided) {
      const head = chunk.toString('latin1', 0, Math.min(chunk.length, 4096));
      prefix = ROOT.exec(head)?.[1];
      decided = true;
    }
    if (prefix === undefined) {
      yield chunk;
      continue;
    }
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
    yield Buffer.from(text.replaceAll(close, '</').replaceAll(open, '<'), 'latin1');
  }
  if (tail !== '') yield Buffer.from(tail, 'latin1');
}
