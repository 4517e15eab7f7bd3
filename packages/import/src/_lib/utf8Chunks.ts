import { isUtf8 } from 'node:buffer';
import { InputError } from '@tthc/core';
import type { ByteSource } from './source';

/** The text encodings the readers accept (domain: exports of Vietnamese systems). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const HEAD = 64 * 1024;

/**
 * Guesses the encoding of a text input from its first bytes: a byte-order mark, the zero bytes of
 * UTF-16 without a mark, valid UTF-8, else windows-1252 (what legacy TCVN3/VNI files decode as;
 * their letters are converted afterwards by `cleanText`).
 *
 * @returns the encoding and the length of the byte-order mark to skip
 */
export function detectEncoding(head: Buffer): { encoding: TextEncoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const n = Math.min(head.length, 512);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) (i % 2 === 0 ? evenZeros++ : oddZeros++);
  if (n >= 4 && oddZeros > n / 4 && evenZeros === 0) return { encoding: 'utf-16le', bom: 0 };
  if (n >= 4 && evenZeros > n / 4 && oddZeros === 0) return { encoding: 'utf-16be', bom: 0 };
  return { encoding: isUtf8(completeUtf8(head)) ? 'utf-8' : 'windows-1252', bom: 0 };
}

/** The bytes up to the last complete UTF-8 sequence (a chunk may end inside one). */
export function completeUtf8(buf: Buffer): Buffer {
  let end = buf.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = buf[end - back];
    if (b === undefined) break;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (need > back) end -= back; // the sequence is cut: leave it for the next chunk
    }
    break;
  }
  return buf.subarray(0, end);
}

/**
 * Streams a text input as UTF-8 bytes: the mark is dropped, other encodings are transcoded, and
 * invalid UTF-8 is refused (never replaced silently).
 *
 * @param source - the input
 * @returns the encoding found and the UTF-8 chunks (boundaries may fall anywhere)
 */
export async function utf8Chunks(
  source: ByteSource,
): Promise<{ encoding: TextEncoding; chunks: AsyncIterable<Buffer> }> {
  const head = await source.read(0, HEAD);
  const { encoding, bom } = detectEncoding(head);
  return { encoding, chunks: transcode(source, encoding, bom) };
}

async function* transcode(source: ByteSource, encoding: TextEncoding, bom: number): AsyncIterable<Buffer> {
  if (encoding === 'utf-8') {
    let carry: Buffer | undefined;
    let offset = bom;
    for await (const raw of source.stream(bom)) {
      const buf = carry ? Buffer.concat([carry, raw]) : raw;
      const complete = completeUtf8(buf);
      if (!isUtf8(complete)) {
        throw new InputError(
          `${source.name}: không phải văn bản UTF-8 hợp lệ (gần byte ${offset}) / not valid UTF-8 text (near byte ${offset})`,
        );
      }
      offset += complete.length;
      carry = complete.length < buf.length ? Buffer.from(buf.subarray(complete.length)) : undefined;
      if (complete.length > 0) yield complete;
    }
    if (carry) {
      throw new InputError(`${source.name}: tệp kết thúc giữa một ký tự UTF-8 / the file ends inside a UTF-8 character`);
    }
    return;
  }
  const decoder = new TextDecoder(encoding);
  for await (const raw of source.stream(bom)) {
    const text = decoder.decode(raw, { stream: true });
    if (text.length > 0) yield Buffer.from(text, 'utf8');
  }
  const tail = decoder.decode();
  if (tail.length > 0) yield Buffer.from(tail, 'utf8');
}
