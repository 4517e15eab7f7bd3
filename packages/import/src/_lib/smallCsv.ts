import { openSource } from './source';
import { utf8Chunks } from './utf8Chunks';
import { defaultLimits } from './limits';
import type { ImportInput } from '../importResult';
import { readCsvRows } from '../readers/csv';

/** A small text input (a catalog, a units table) read whole as UTF-8 (after the encoding's detection). */
export async function readSmallText(input: ImportInput): Promise<{ name: string; bytes: Buffer }> {
  const source = await openSource(input);
  const { chunks } = await utf8Chunks(source);
  const pieces: Buffer[] = [];
  for await (const chunk of chunks) pieces.push(chunk);
  return { name: source.name, bytes: Buffer.concat(pieces) };
}

/**
 * The non-blank records of a small CSV, through the import's one CSV reader, with their record
 * numbers (as a spreadsheet numbers rows).
 */
export async function smallCsvRows(name: string, bytes: Buffer, delimiter: string): Promise<{ cells: string[]; line: number }[]> {
  const rows: { cells: string[]; line: number }[] = [];
  const whole = (async function* () {
    yield bytes;
  })();
  for await (const batch of readCsvRows(name, whole, delimiter, defaultLimits.maxCellLength)) {
    for (const r of batch) {
      const cells = r.cells.map((c) => (c === undefined ? '' : String(c)));
      if (cells.some((c) => c.trim() !== '')) rows.push({ cells, line: r.row });
    }
  }
  return rows;
}
