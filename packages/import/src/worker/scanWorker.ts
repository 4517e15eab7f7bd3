// The scanning worker (its own tsup entry, `dist/scanWorker.js` / `.cjs`): inflates one sheet of a
// workbook file and scans its rows into compact batches (`scanSheet.ts`), posted with their
// buffers transferred, at most a few batches ahead of the main thread (which acknowledges each);
// and, when asked, reads the shared-string table alongside, posting before each batch the part of
// it that the batch points to — so the main thread reads rows from the start instead of first
// reading the whole table.
import { InputError } from '@tthc/core';
import { parentPort, workerData } from 'node:worker_threads';
import { openSource } from '../_lib/source';
import { BatchWriter, type ScannedBatch } from '../readers/xlsx/batchWriter';
import { scanSheet, type ScanMessage } from '../readers/xlsx/scanSheet';
import { SharedStringsReader } from '../readers/xlsx/sharedStringsReader';
import { xmlChunks } from '../readers/xlsx/xmlEntry';
import type { SheetJob } from './sheetJob';

/**
 * Batches posted and not yet acknowledged (8 ≈ 12 000 rows ≈ 3 MB): enough to keep the scan ahead
 * of the main thread, which now maps rows from the first batch. (It was 32 while the main thread
 * first read the whole shared-string table: 3 stalled the scan for most of that time.)
 */
const WINDOW = 8;
/** About 1 500 rows of a 15-column export a batch. */
const BATCH_WORDS = 1 << 16;

async function main(port: NonNullable<typeof parentPort>, job: SheetJob): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | undefined;
  const writer = new BatchWriter();
  port.on('message', (m: 0 | Pick<ScannedBatch, 'ops' | 'nums'>) => {
    if (m !== 0) return writer.recycle(m); // a batch's buffers, back for reuse
    inFlight--;
    wake?.();
    wake = undefined;
  });
  const send = async (message: ScanMessage) => {
    while (inFlight >= WINDOW) await new Promise<void>((resolve) => (wake = resolve));
    if ('batch' in message) {
      inFlight++;
      port.postMessage(message, [message.batch.ops.buffer as ArrayBuffer, message.batch.nums.buffer as ArrayBuffer]);
    } else if ('strings' in message) {
      const { bytes, ends, flags } = message.strings;
      port.postMessage(message, [bytes.buffer as ArrayBuffer, ends.buffer as ArrayBuffer, flags.buffer as ArrayBuffer]);
    } else port.postMessage(message);
  };
  let sst: SharedStringsReader | undefined;
  let failure: unknown;
  try {
    const source = await openSource({ name: job.name, path: job.path });
    const chunks = xmlChunks(source, job.entry, job.limits);
    const names = { file: source.name, sheet: job.sheet, maxCellLength: job.limits.maxCellLength };
    if (job.sharedStrings) sst = new SharedStringsReader(source.name, xmlChunks(source, job.sharedStrings, job.limits), job.limits.maxCellLength, job.stringBytes);
    for await (const batch of scanSheet(chunks, names, BATCH_WORDS, writer)) {
      // The shared strings this batch points to go first, read only as far as that.
      if (sst) {
        await sst.fill(batch.stringsNeeded);
        const strings = sst.strings.takePart();
        if (strings.flags.length > 0) await send({ strings });
      }
      await send({ batch });
    }
  } catch (error) {
    failure = error;
  }
  // The rest of the table is read too, unsent (no row needs it): a broken table fails the
  // workbook whatever its rows point to, and before any error of the sheet, as on one thread.
  try {
    while (sst && !sst.done) {
      await sst.fill(sst.strings.size + 65_536);
      sst.strings.forget();
    }
  } catch (error) {
    failure = error;
  }
  if (failure === undefined) await send({ end: true });
  else {
    // A user's error crosses as data (its code, path and params) and is worded again on the main thread.
    const input = failure instanceof InputError ? { code: String(failure.code), path: failure.path, params: failure.params } : undefined;
    await send({ error: failure instanceof Error ? failure.message : String(failure), ...(input ? { input } : {}) });
  }
  port.close();
}

if (parentPort) void main(parentPort, workerData as SheetJob);
