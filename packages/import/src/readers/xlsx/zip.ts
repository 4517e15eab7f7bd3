import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { InputError } from '@tthc/core';
import type { ReaderLimits } from '../../_lib/limits';
import type { ByteSource } from '../../_lib/source';
import { importInputErrors } from '../../importErrors';

/** One file of a zip archive, from its central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** The CRC-32 of the inflated bytes, from the central directory (APPNOTE 4.4.7). */
  crc: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const broken = (source: ByteSource, vi: string, en: string) =>
  new InputError(importInputErrors.zip_damaged, { path: { file: source.name }, params: { problemVi: vi, problemEn: en } });

// A source's directory, read once: telling an .ods from an .xlsx and then opening it read it twice.
const directories = new WeakMap<ByteSource, Promise<Map<string, ZipEntry>>>();

/**
 * Reads the central directory of a zip archive (the end of the file), so entries can be read in
 * any order whatever their order in the file; once a source.
 *
 * @throws InputError when the archive is truncated or not a zip
 */
export function readZipDirectory(source: ByteSource): Promise<Map<string, ZipEntry>> {
  let directory = directories.get(source);
  if (!directory) directories.set(source, (directory = readDirectory(source)));
  return directory;
}

async function readDirectory(source: ByteSource): Promise<Map<string, ZipEntry>> {
  const tailLength = Math.min(source.size, 65_535 + 22);
  const tail = await source.read(source.size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at === -1) {
    throw broken(source, 'tệp zip/xlsx bị cắt cụt hoặc hỏng (không thấy thư mục trung tâm)', 'truncated or corrupt zip/xlsx file (no central directory)');
  }
  const count = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) {
    throw broken(source, 'tệp zip64 (lớn hơn 4 GB) không được hỗ trợ', 'zip64 archives (over 4 GB) are not supported');
  }
  if (cdOffset + cdSize > source.size) {
    throw broken(source, 'tệp zip/xlsx bị cắt cụt', 'truncated zip/xlsx file');
  }
  const cd = await source.read(cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) {
      throw broken(source, 'thư mục trung tâm của tệp zip bị hỏng', 'corrupt zip central directory');
    }
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localHeaderOffset: cd.readUInt32LE(p + 42),
      name: cd.toString('utf8', p + 46, p + 46 + nameLength).replace(/^\//, ''),
    };
    entries.set(entry.name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Streams the inflated bytes of one entry, refusing encrypted entries, unknown compression,
 * truncated data, zip bombs (inflated size and ratio over the limits) and data whose CRC-32 is
 * not the one the directory records (a flipped bit that still inflates). The CRC is known only
 * at the end: the last chunk is held back until it is checked, so a consumer that reads to the
 * end never finishes on damaged data.
 */
export async function* inflateEntry(source: ByteSource, entry: ZipEntry, limits: ReaderLimits): AsyncIterable<Buffer> {
  if (entry.flags & 0x1) {
    throw broken(source, `mục "${entry.name}" được mã hóa bằng mật khẩu`, `entry "${entry.name}" is password-encrypted`);
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw broken(source, `mục "${entry.name}" dùng kiểu nén ${entry.method} không hỗ trợ`, `entry "${entry.name}" uses unsupported compression ${entry.method}`);
  }
  const bomb = () =>
    broken(
      source,
      `mục "${entry.name}" giải nén quá lớn (vượt ${limits.maxInflatedBytes} byte hoặc tỷ lệ nén ${limits.maxRatio}:1) — nghi là zip bomb`,
      `entry "${entry.name}" inflates too much (over ${limits.maxInflatedBytes} bytes or a ${limits.maxRatio}:1 ratio) — a zip bomb?`,
    );
  if (entry.size > limits.maxInflatedBytes) throw bomb();
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) {
    throw broken(source, `tệp zip bị cắt cụt hoặc hỏng tại mục "${entry.name}"`, `truncated or corrupt zip at entry "${entry.name}"`);
  }
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const end = start + entry.compressedSize;
  if (end > source.size) {
    throw broken(source, `tệp zip bị cắt cụt (mục "${entry.name}")`, `truncated zip file (entry "${entry.name}")`);
  }
  const corrupt = () =>
    broken(
      source,
      `mục "${entry.name}" bị hỏng (sai mã kiểm tra CRC-32); hãy xuất hoặc tải lại tệp`,
      `entry "${entry.name}" is corrupt (CRC-32 mismatch); export or download the file again`,
    );
  // More data than the entry says is refused as soon as it comes (a reader may size its memory by it).
  const sizeMismatch = (total: number) =>
    broken(
      source,
      `mục "${entry.name}" bị hỏng: giải nén được ${total} byte thay vì ${entry.size}`,
      `entry "${entry.name}" is corrupt: ${total} bytes inflated instead of ${entry.size}`,
    );
  let crc = 0;
  let held: Buffer | undefined;
  if (entry.method === 0) {
    let total = 0;
    for await (const piece of source.stream(start, end)) {
      crc = crc32(piece, crc);
      total += piece.length;
      if (total > entry.size) throw sizeMismatch(total);
      if (held) yield held;
      held = piece;
    }
    if (total !== entry.size || crc >>> 0 !== entry.crc >>> 0) throw corrupt();
    if (held) yield held;
    return;
  }
  const input = Readable.from(source.stream(start, end));
  const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
  input.on('error', (e) => inflate.destroy(e));
  input.pipe(inflate);
  let total = 0;
  const floor = Math.max(entry.compressedSize, 1);
  try {
    for await (const out of inflate as AsyncIterable<Buffer>) {
      total += out.length;
      if (total > limits.maxInflatedBytes || (total > 16 * 1024 * 1024 && total / floor > limits.maxRatio)) throw bomb();
      if (total > entry.size) throw sizeMismatch(total);
      crc = crc32(out, crc);
      if (held) yield held;
      held = out;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw broken(
      source,
      `mục "${entry.name}" bị hỏng, không giải nén được (${(error as Error).message})`,
      `entry "${entry.name}" is corrupt and cannot be inflated (${(error as Error).message})`,
    );
  } finally {
    input.unpipe(inflate);
    input.destroy();
    inflate.destroy();
  }
  if (total !== entry.size) throw sizeMismatch(total);
  if (crc >>> 0 !== entry.crc >>> 0) throw corrupt();
  if (held) yield held;
}
