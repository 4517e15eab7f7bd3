import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '@tthc/core';
import { importInputErrors } from '../importErrors';
import type { ImportInput } from '../importResult';

/** Random and streamed access to the bytes of one input, a file or a buffer. */
export interface ByteSource {
  /** The name used in every message: the path as given, or the buffer's or named file's name. */
  readonly name: string;
  /** The file read; `undefined` for a buffer. */
  readonly path?: string;
  readonly size: number;
  /** Reads `length` bytes at `position` (fewer at the end of the input). */
  read(position: number, length: number): Promise<Buffer>;
  /** Streams the bytes `start` (inclusive) .. `end` (exclusive), in chunks of about 1 MiB. */
  stream(start?: number, end?: number): AsyncIterable<Buffer>;
}

const CHUNK = 1 << 20;

/**
 * Opens an input for reading; a missing or unreadable file is an `InputError` naming it.
 *
 * @param input - a file path, `{ name, data }` or `{ name, path }`
 * @returns the byte source
 */
export async function openSource(input: ImportInput): Promise<ByteSource> {
  if (typeof input !== 'string' && 'data' in input) {
    const data = Buffer.isBuffer(input.data)
      ? input.data
      : Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength);
    return {
      name: input.name,
      size: data.length,
      read: async (position, length) => data.subarray(position, Math.min(data.length, position + length)),
      stream: (start = 0, end = data.length) => bufferChunks(data, start, end),
    };
  }
  const { name, path } = typeof input === 'string' ? { name: input, path: input } : input;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch (error) {
    throw new InputError(importInputErrors.cannot_open, { path: { file: name }, cause: error });
  }
  return {
    name,
    path,
    size,
    read: async (position, length) => {
      const fh = await open(path, 'r');
      try {
        const buf = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
        let done = 0;
        while (done < buf.length) {
          const { bytesRead } = await fh.read(buf, done, buf.length - done, position + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return buf.subarray(0, done);
      } finally {
        await fh.close();
      }
    },
    stream: (start = 0, end = size) =>
      end <= start ? bufferChunks(Buffer.alloc(0), 0, 0) : createReadStream(path, { start, end: end - 1, highWaterMark: CHUNK }),
  };
}

async function* bufferChunks(data: Buffer, start: number, end: number): AsyncIterable<Buffer> {
  for (let p = start; p < end; p += CHUNK) yield data.subarray(p, Math.min(end, p + CHUNK));
}

/** The short name of an input for summaries (the file name without folders). */
export function shortName(name: string): string {
  return basename(name);
}
