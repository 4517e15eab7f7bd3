/** One line of a text input: its text (without the line break) and its 1-based number. */
export interface Line {
  text: string;
  line: number;
}

/**
 * Splits UTF-8 chunks into lines (LF or CRLF). Each line is decoded on its own, so a multi-byte
 * character is never cut by a chunk boundary.
 */
export async function* lines(chunks: AsyncIterable<Buffer>): AsyncIterable<Line> {
  let carry: Buffer | undefined;
  let line = 0;
  for await (const chunk of chunks) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      const end = nl > start && buf[nl - 1] === 13 ? nl - 1 : nl;
      yield { text: buf.toString('utf8', start, end), line: ++line };
      start = nl + 1;
    }
    carry = start < buf.length ? Buffer.from(buf.subarray(start)) : undefined;
  }
  if (carry && carry.length > 0) {
    const end = carry[carry.length - 1] === 13 ? carry.length - 1 : carry.length;
    yield { text: carry.toString('utf8', 0, end), line: ++line };
  }
}
