import { isUtf8 } from 'node:buffer';
import { InputError } from '@tthc/core';
import type { ReaderLimits } from '../../_lib/limits';
import type { ByteSource } from '../../_lib/source';
import { completeUtf8 } from '../../_lib/utf8Chunks';
import { stripPrefix } from './stripPrefix';
import { type ZipEntry, inflateEntry } from './zip';
import { importInputErrors } from '../../importErrors';

/**
 * The inflated XML of a workbook part, as the scans read it: CRC-checked (`inflateEntry`), valid
 * UTF-8 (refused otherwise, never replaced by U+FFFD), the SpreadsheetML namespace prefix taken
 * out (`stripPrefix`).
 */
export function xmlChunks(source: ByteSource, entry: ZipEntry, limits: ReaderLimits): AsyncIterable<Buffer> {
  return stripPrefix(checkUtf8(source.name, entry.name, inflateEntry(source, entry, limits)));
}

/** Passes the chunks on, refusing invalid UTF-8 and UTF-16 parts (which the scans do not read). */
export async function* checkUtf8(file: string, part: string, chunks: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  let carry: Buffer | undefined;
  let offset = 0;
  for await (const raw of chunks) {
    if (offset === 0 && carry === undefined && ((raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff))) {
      throw new InputError(importInputErrors.part_utf16, { path: { file }, params: { part } });
    }
    const buf = carry ? Buffer.concat([carry, raw]) : raw;
    const complete = completeUtf8(buf);
    if (!isUtf8(complete)) {
      let at = 0;
      while (at < complete.length && isUtf8(complete.subarray(0, at + 1024))) at += 1024;
      throw new InputError(importInputErrors.part_invalid_utf8, { path: { file }, params: { part, offset: offset + at } });
    }
    offset += complete.length;
    carry = complete.length < buf.length ? Buffer.from(buf.subarray(complete.length)) : undefined;
    if (complete.length > 0) yield complete;
  }
  if (carry) throw new InputError(importInputErrors.part_ends_inside_utf8, { path: { file }, params: { part } });
}
