import { type Zippable, unzipSync, zipSync } from 'fflate';

// A fixed local date for every entry. Zip stores DOS local time and fflate reads it with the
// Date's local getters, so the Date is built from local parts at each call (never cached: the
// time zone may change between calls) and the stored fields are always 2000-01-01 00:00.
function fixedEntryDate(): Date {
  return new Date(2000, 0, 1, 0, 0, 0);
}

/**
 * Zips entries in the given order with fixed dates: same entries, same bytes.
 *
 * @param entries - [path, content] pairs, in the order they are written
 */
export function zipDeterministic(entries: Array<[string, Uint8Array | string]>): Uint8Array {
  const encoder = new TextEncoder();
  const files: Zippable = {};
  const mtime = fixedEntryDate();
  for (const [path, content] of entries) {
    files[path] = [typeof content === 'string' ? encoder.encode(content) : content, { mtime, level: 6 }];
  }
  return zipSync(files, { mtime });
}

/**
 * Re-zips a zip file (exceljs output) with fixed entry dates, keeping its entry order, so that
 * the bytes depend on the contents only.
 *
 * @param zip - the zip file
 * @param transform - optional rewrite of an entry's bytes
 */
export function rezipDeterministic(zip: Uint8Array, transform?: (path: string, data: Uint8Array) => Uint8Array): Uint8Array {
  const entries = Object.entries(unzipSync(zip)).filter(([path]) => !path.endsWith('/'));
  return zipDeterministic(entries.map(([path, data]) => [path, transform ? transform(path, data) : data]));
}

/** Reads a zip's entries (for tests and the Word-template path). */
export function unzipEntries(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}
