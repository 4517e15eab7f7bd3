import type { ReaderLimits } from '../_lib/limits';
import type { ZipEntry } from '../readers/xlsx/zip';

/** What the scanning worker is given: the workbook file, the sheet's zip entry, names and limits. */
export interface SheetJob {
  /** The file read, and the name its messages give it. */
  path: string;
  name: string;
  entry: ZipEntry;
  /** The shared-string table, read by the worker as the rows need it (absent: the main thread has it). */
  sharedStrings?: ZipEntry;
  /** Where the worker writes the table's text, which the main thread reads (the table's XML size). */
  stringBytes?: SharedArrayBuffer;
  sheet: string;
  limits: ReaderLimits;
}
