import type { ReaderLimits } from '../_lib/limits';
import type { ZipEntry } from '../readers/xlsx/zip';

/** What the scanning worker is given: the workbook file, the sheet's zip entry, names and limits. */
export interface SheetJob {
  path: string;
  entry: ZipEntry;
  sheet: string;
  limits: ReaderLimits;
}
