import { InputError } from '@tthc/core';
import { LibreOfficeError, convertWithLibreOffice, sofficeTimeoutMs } from '../libreOffice';
import { type ByteSource, openSource } from './source';
import { importInputErrors } from '../importErrors';

// Legacy Excel 97–2003 workbooks (.xls, BIFF8 in an OLE2 compound file) are converted to .xlsx by
// LibreOffice headless — the reader of record for the format, maintained, and already what the
// project's CI installs — then read by the xlsx reader. (OpenDocument spreadsheets are read
// natively: readers/ods.)
// (SheetJS, the other candidate, is on the npm registry only as 0.18.5 of 2022, with the
// prototype-pollution and ReDoS advisories on reading crafted files fixed only in releases outside
// the registry, and it loses sheets on large files: see the commit.)

/** What an OLE2 or zip input that is not an xlsx holds. */
export type LegacyKind = 'xls' | 'encrypted';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (s: string) => Buffer.from(s, 'utf16le');

/**
 * Tells a legacy workbook from its bytes: an OLE2 file holding `EncryptedPackage` is a
 * password-encrypted .xlsx; one holding a `Workbook` (or `Book`) stream is a .xls.
 */
export async function legacyKind(source: ByteSource): Promise<LegacyKind | undefined> {
  const head = await source.read(0, 4096);
  if (head.subarray(0, 8).equals(OLE2)) {
    const all = await source.read(0, Math.min(source.size, 256 * 1024 * 1024));
    if (all.includes(utf16('EncryptedPackage')) || all.includes(utf16('EncryptionInfo'))) return 'encrypted';
    if (all.includes(utf16('Workbook')) || all.includes(utf16('Book'))) return 'xls';
    return 'encrypted';
  }
  return undefined;
}

/** The refusal of an encrypted workbook (or an OLE2 file that is no workbook). */
export function encryptedError(source: ByteSource): InputError {
  return new InputError(importInputErrors.encrypted_workbook, { path: { file: source.name } });
}

/**
 * Converts a .xls input to .xlsx with LibreOffice headless (its own profile folder, so it
 * never meets a running LibreOffice) and gives the result as a buffer source under the input's
 * name.
 *
 * @throws InputError when LibreOffice is not installed, fails or is stopped after
 *   `sofficeTimeoutMs` (the file is then named with what to do)
 */
export async function convertToXlsx(source: ByteSource, kind: 'xls'): Promise<ByteSource> {
  const parts: Buffer[] = [];
  for await (const chunk of source.stream()) parts.push(chunk);
  try {
    const [data] = await convertWithLibreOffice([{ name: `input.${kind}`, data: Buffer.concat(parts) }], 'xlsx', { timeoutMs: sofficeTimeoutMs('import') });
    return await openSource({ name: source.name, data: Buffer.from(data as Uint8Array) });
  } catch (error) {
    if (!(error instanceof LibreOfficeError)) throw error;
    const { seconds, memoryMb } = error.limits;
    if (error.reason === 'timeout') {
      throw new InputError(importInputErrors.legacy_conversion_stopped, { path: { file: source.name }, params: { kind, seconds }, cause: error });
    }
    const wording =
      error.reason === 'missing'
        ? importInputErrors.legacy_needs_libreoffice
        : error.reason === 'failed'
          ? importInputErrors.legacy_conversion_failed
          : importInputErrors.legacy_conversion_missing;
    const memory = memoryMb === undefined ? { vi: 'không giới hạn', en: 'no cap' } : { vi: `${memoryMb} MB`, en: `${memoryMb} MB` };
    throw new InputError(wording, { path: { file: source.name }, params: { kind, seconds, memoryVi: memory.vi, memoryEn: memory.en }, cause: error });
  }
}
