import type { TableRow } from '../tableEvents';
import { BatchWriter } from './batchWriter';
import { scanSheet } from './scanSheet';
import { scannedRows } from './scannedRows';
import { SharedStrings } from './sharedStrings';
import type { SheetContext } from './sheetContext';

export { MAX_COLUMNS, type SheetContext, UNREAD } from './sheetContext';

/**
 * Streams the rows of a worksheet from the inflated chunks of its XML, on this thread: each chunk
 * is scanned into a compact batch (`scanSheet.ts`, the same scan the worker makes), whose rows are
 * then made a few hundred at a time (`scannedRows.ts`). Only complete `<row>` elements are parsed; the rest
 * waits for the next chunk, so chunk boundaries never matter.
 *
 * @param chunks - the inflated sheet XML
 * @param ctx - names for messages, the shared strings, the cell length cap
 */
export async function* readSheetRows(chunks: AsyncIterable<Buffer>, ctx: SheetContext): AsyncGenerator<Iterable<TableRow>> {
  const out = new BatchWriter();
  for await (const batch of scanSheet(chunks, ctx, 0, out)) yield* scannedRows(batch, ctx, () => out.recycle(batch));
  // The sheet is read: let the shared-string table go before the dossiers are written out.
  ctx.strings = new SharedStrings(ctx.file, 0);
}
