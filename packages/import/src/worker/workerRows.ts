import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, type ErrorParams, type ErrorPath, type ErrorWording } from '@tthc/core';
import type { TableRow, TableRows } from '../readers/tableEvents';
import type { ScanMessage } from '../readers/xlsx/scanSheet';
import { scannedRows } from '../readers/xlsx/scannedRows';
import { SharedStrings } from '../readers/xlsx/sharedStrings';
import type { SheetContext } from '../readers/xlsx/sheetContext';
import type { SheetJob } from './sheetJob';
import { importInputErrors } from '../importErrors';

let located: string | null | undefined;

/**
 * The scanning worker: the built `scanWorker.js` (ESM) or `.cjs` (CJS) next to the bundle that
 * runs this code, i.e. in `dist/`. Run from the sources (tests), `scanWorkerFromSource.cjs` beside
 * this file, which loads `scanWorker.ts` through tsx. `undefined` when there is none: the sheet is
 * then read on this thread.
 */
export function scanWorkerFile(): string | undefined {
  if (located === undefined) {
    let here: string;
    try {
      here = fileURLToPath(import.meta.url);
    } catch {
      here = '';
    }
    const ext = extname(here);
    const name = ext === '.ts' ? 'scanWorkerFromSource.cjs' : ext === '.cjs' ? 'scanWorker.cjs' : 'scanWorker.js';
    const candidate = join(dirname(here), name);
    located = here !== '' && existsSync(candidate) ? candidate : null;
  }
  return located ?? undefined;
}

/**
 * The rows of a sheet scanned on a worker thread: the worker inflates and scans the XML into
 * compact batches (numbers in transferred buffers, no object per row), this thread makes the
 * cells of each row when it is reached — the same rows, in the same order, with the same errors
 * at the same places as `readSheetRows`.
 *
 * @param file - the worker ({@link scanWorkerFile})
 * @param job - the workbook file, the sheet entry, its name, the limits; with the shared-string
 *   table's entry when the worker reads it (`ctx.strings` is then the table it fills)
 * @param ctx - names for messages and the shared strings (the `wanted` columns are set later)
 */
export function workerRows(file: string, job: SheetJob, ctx: SheetContext): TableRows & { close(): void } {
  // Started at once: the worker scans (a few batches ahead) while this thread does other work.
  const w = new Worker(file, { workerData: job });
  w.unref(); // held only while this thread waits for it (an abandoned scan never keeps the process)
  const queue: ScanMessage[] = [];
  let wake: (() => void) | undefined;
  const push = (m: ScanMessage) => {
    queue.push(m);
    wake?.();
    wake = undefined;
  };
  w.on('message', push);
  w.on('error', (error: Error) => push({ error: error.message }));
  w.on('exit', () => push({ error: 'the scanning worker stopped' }));
  const rows = async function* (): AsyncGenerator<Iterable<TableRow>> {
    try {
      for (;;) {
        if (queue.length === 0) {
          w.ref();
          while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
          w.unref();
        }
        const m = queue.shift() as ScanMessage;
        if ('strings' in m) {
          ctx.strings.addPart(m.strings);
        } else if ('batch' in m) {
          w.postMessage(0); // acknowledged: the worker may scan one more batch ahead
          const { ops, nums } = m.batch;
          // Once its rows are made, the batch's buffers go back to the worker, for a later batch.
          yield* scannedRows(m.batch, ctx, () => w.postMessage({ ops, nums }, [ops.buffer as ArrayBuffer, nums.buffer as ArrayBuffer]));
        } else if ('end' in m) {
          break;
        } else {
          throw m.input ? inputErrorFromWorker(m.input, m.error) : new Error(m.error);
        }
      }
    } finally {
      void w.terminate();
    }
    // The sheet is read: let the shared-string table go before the dossiers are written out.
    ctx.strings = new SharedStrings(ctx.file, 0);
  };
  const iterable = Object.assign(rows(), { close: () => void w.terminate() });
  return iterable;
}

/** The worker's InputError rebuilt from its data: the import's own code when it has one, else its words as they were. */
function inputErrorFromWorker(data: { code: string; path: ErrorPath; params: ErrorParams }, message: string): InputError {
  const wording = (importInputErrors as Readonly<Record<string, ErrorWording<'input'>>>)[data.code];
  return wording ? new InputError(wording, { path: data.path, params: data.params } as never) : new InputError(message);
}
