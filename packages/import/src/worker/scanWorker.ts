// The scanning worker (its own tsup entry, `dist/scanWorker.js` / `.cjs`): inflates one sheet of a
// workbook file and scans its rows into compact batches (`scanSheet.ts`), posted with their
// buffers transferred, at most a few batches ahead of the main thread (which acknowledges each).
import { InputError } from '@tthc/core';
import { parentPort, workerData } from 'node:worker_threads';
import { openSource } from '../_lib/source';
import { scanSheet, type ScanMessage } from '../readers/xlsx/scanSheet';
import { xmlChunks } from '../readers/xlsx/xmlEntry';
import type { SheetJob } from './sheetJob';

/**
 * Batches posted and not yet acknowledged: enough for the worker to scan on while the main thread
 * reads the shared-string table, which takes a while when every code is its own string (32
 * batches ≈ 48 000 rows ≈ 10 MB; with 3 the scan stalled for most of that time).
 */
const WINDOW = 32;
/** About 1 500 rows of a 15-column export a batch. */
const BATCH_WORDS = 1 << 16;

async function main(port: NonNullable<typeof parentPort>, job: SheetJob): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | undefined;
  port.on('message', () => {
    inFlight--;
    wake?.();
    wake = undefined;
  });
  const send = async (message: ScanMessage) => {
    while (inFlight >= WINDOW) await new Promise<void>((resolve) => (wake = resolve));
    if ('batch' in message) {
      inFlight++;
      port.postMessage(message, [message.batch.ops.buffer as ArrayBuffer, message.batch.nums.buffer as ArrayBuffer]);
    } else port.postMessage(message);
  };
  try {
    const source = await openSource({ name: job.name, path: job.path });
    const chunks = xmlChunks(source, job.entry, job.limits);
    const names = { file: source.name, sheet: job.sheet, maxCellLength: job.limits.maxCellLength };
    for await (const batch of scanSheet(chunks, names, BATCH_WORDS)) await send({ batch });
    await send({ end: true });
  } catch (error) {
    // A user's error crosses as data (its code, path and params) and is worded again on the main thread.
    const input = error instanceof InputError ? { code: String(error.code), path: error.path, params: error.params } : undefined;
    await send({ error: error instanceof Error ? error.message : String(error), ...(input ? { input } : {}) });
  }
  port.close();
}

if (parentPort) void main(parentPort, workerData as SheetJob);
