import { isUtf8 } from 'node:buffer';
import { InputError } from '@tthc/core';
import type { ByteSource } from './source';
import { importInputErrors } from '../importErrors';

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
  // Mostly UTF-8 with a stray byte: the byte is reported where it is, the file is never re-read
  // as windows-1252 (which would turn every Vietnamese letter into mojibake).
  if (encoding === 'windows-1252') {
    // A legacy TCVN3/VNI file has almost no valid multi-byte sequence; damaged UTF-8 has many.
    const { valid, invalid, firstInvalid } = utf8Sequences(head);
    if (valid > 4 * invalid && firstInvalid !== -1) throw badByte(source.name, head, 0, firstInvalid, 0);
  }
  return { encoding, chunks: transcode(source, encoding, bom) };
}

/** Counts the valid multi-byte UTF-8 sequences of a buffer and finds its first invalid byte. */
function utf8Sequences(buf: Buffer): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const end = completeUtf8(buf).length;
  for (let i = 0; i < end; ) {
    const b = buf[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (need > 0 && i + need <= end && isUtf8(buf.subarray(i, i + need))) {
      valid++;
      i += need;
    } else {
      invalid++;
      if (firstInvalid === -1) firstInvalid = i;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

/**
 * The error for an invalid byte at `at` of `buf` (whose first byte is byte `offset` of the file,
 * after `lines` line breaks): the line, the byte within the line, the byte of the file.
 */
function badByte(name: string, buf: Buffer, offset: number, at: number, lines: number): InputError {
  let line = lines + 1;
  let lineStart = 0;
  for (let i = buf.indexOf(0x0a); i !== -1 && i < at; i = buf.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const hex = `0x${(buf[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
  const column = at - lineStart + 1;
  return new InputError(importInputErrors.invalid_utf8_byte, { path: { file: name, line }, params: { byte: column, offset: offset + at, hex } });
}

async function* transcode(source: ByteSource, encoding: TextEncoding, bom: number): AsyncIterable<Buffer> {
  if (encoding === 'utf-8') {
    let carry: Buffer | undefined;
    let offset = bom;
    let lines = 0;
    for await (const raw of source.stream(bom)) {
      const buf = carry ? Buffer.concat([carry, raw]) : raw;
      const complete = completeUtf8(buf);
      if (!isUtf8(complete)) throw badByte(source.name, complete, offset, utf8Sequences(complete).firstInvalid, lines);
      offset += complete.length;
      for (let i = complete.indexOf(0x0a); i !== -1; i = complete.indexOf(0x0a, i + 1)) lines++;
      carry = complete.length < buf.length ? Buffer.from(buf.subarray(complete.length)) : undefined;
      if (complete.length > 0) yield complete;
    }
    if (carry) {
      throw new InputError(importInputErrors.ends_inside_utf8, { path: { file: source.name } });
    }
    return;
  }
  // fatal: a lone UTF-16 surrogate is refused, never decoded to U+FFFD.
  const decoder = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' });
  let offset = bom;
  let lines = 0;
  const lone = () =>
    new InputError(importInputErrors.lone_surrogate, { path: { file: source.name, line: lines }, params: { offset } });
  for await (const raw of source.stream(bom)) {
    let text: string;
    try {
      text = decoder.decode(raw, { stream: true });
    } catch {
      throw lone();
    }
    offset += raw.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (text.length > 0) yield Buffer.from(text, 'utf8');
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw lone();
  }
  if (tail.length > 0) yield Buffer.from(tail, 'utf8');
}

/**
 * An HTML page as UTF-8 bytes: the byte-order mark, else the charset its `<meta>` declares (a
 * page saved by a web system says it), else as {@link utf8Chunks} guesses. A legacy charset is
 * decoded with TextDecoder (fatal: a byte it cannot read is refused, never replaced).
 */
export async function htmlChunks(source: ByteSource): Promise<{ encoding: string; chunks: AsyncIterable<Buffer> }> {
  const head = await source.read(0, HEAD);
  const bom = detectEncoding(head);
  const declared = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head.toString('latin1'))?.[1]?.toLowerCase();
  if (bom.bom > 0 || declared === undefined || declared === 'utf-8' || declared === 'utf8') return utf8Chunks(source);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new InputError(importInputErrors.unsupported_charset, { path: { file: source.name }, params: { charset: declared } });
  }
  async function* decode(): AsyncIterable<Buffer> {
    try {
      for await (const raw of source.stream(0)) yield Buffer.from(decoder.decode(raw, { stream: true }), 'utf8');
      yield Buffer.from(decoder.decode(), 'utf8');
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(importInputErrors.charset_bad_byte, { path: { file: source.name }, params: { charset: String(declared) }, cause: error });
    }
  }
  return { encoding: declared, chunks: decode() };
}
