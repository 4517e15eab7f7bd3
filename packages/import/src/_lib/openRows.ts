import { InputError } from '@tthc/core';
import type { ImportOptions } from '../importOptions';
import { canonicalRecord } from '../presets/canonical';
import type { ObjectEvent } from '../readers/jsonLines';
import { readJsonLines } from '../readers/jsonLines';
import type { RowEvent, RowStream } from './events';
import type { ByteSource } from './source';
import { utf8Chunks } from './utf8Chunks';

export type InputFormat = RowStream['format'];

/**
 * Recognises the format of an input from its first bytes (never from its name alone): a zip is a
 * workbook, an OLE2 file is an encrypted workbook or a legacy .xls, `{`/`[` is JSON (Lines), other
 * text is CSV.
 */
export async function sniffFormat(source: ByteSource): Promise<InputFormat> {
  const head = await source.read(0, 4096);
  if (head.length === 0) throw new InputError(`${source.name}: tệp rỗng / the file is empty`);
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new InputError(
      `${source.name}: tệp Excel được mã hóa bằng mật khẩu hoặc định dạng .xls cũ; hãy lưu lại thành .xlsx không mật khẩu / ` +
        'a password-encrypted workbook or a legacy .xls file; save it as .xlsx without a password',
    );
  }
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] === 0x7b) return isJsonLines(head.subarray(i)) ? 'jsonl' : 'json';
  if (head[i] === 0x5b) return 'json';
  return 'csv';
}

/** A `{`-led input is JSON Lines when its first line is a whole JSON object. */
function isJsonLines(head: Buffer): boolean {
  const nl = head.indexOf(10);
  if (nl === -1) return true;
  try {
    JSON.parse(head.toString('utf8', 0, nl));
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens an input as a stream of row events: the reader for its format, then the source preset
 * (detected, or forced by `options.source` / `options.mapping`).
 */
export async function openRows(source: ByteSource, options: ImportOptions): Promise<RowStream> {
  const format = await sniffFormat(source);
  if (format === 'jsonl') {
    const { chunks } = await utf8Chunks(source);
    const stream: RowStream = { format, source: 'canonical', events: objectsToRows(readJsonLines(source.name, chunks)) };
    return stream;
  }
  throw new InputError(`${source.name}: định dạng ${format} chưa được hỗ trợ / format ${format} is not supported yet`);
}

async function* objectsToRows(objects: AsyncIterable<ObjectEvent>): AsyncIterable<RowEvent> {
  for await (const event of objects) {
    if (event.kind === 'object') yield { kind: 'record', path: event.path, record: canonicalRecord(event.value) };
    else yield event;
  }
}
