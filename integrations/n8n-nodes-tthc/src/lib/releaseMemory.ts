import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ImportInput } from '@tthc/import';

/** Inputs from this size on (all files of one run together) are imported after a full collection. */
export const LARGE_IMPORT_BYTES = 8 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection, now. When TTHC Import begins, the n8n process often holds 100–160 MB
 * of garbage in its heap (start-up, the nodes before); V8 collects it only once the import's own
 * allocations have grown the heap further, so both add up at the peak — measured in the city
 * workflow, 200k rows: the import added 119–174 MB to the process without this, 23–80 MB with
 * it (README, "Large exports"). V8 offers a collection only through its `--expose-gc` flag: the
 * flag is set at run time and `gc` taken from a context made after it (contexts made before,
 * n8n's own, do not get it). Blocks the thread for the collection (~0.25 s with 160 MB of live
 * objects, measured), which a large import (seconds) can afford.
 *
 * @returns whether a collection ran (false where V8 refuses the flag)
 */
export function collectGarbage(): boolean {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  if (typeof collect !== 'function') return false;
  collect();
  return true;
}

/** The bytes of the inputs (a file's size on disk, a buffer's length); an unreadable file counts 0. */
export function inputBytes(inputs: readonly ImportInput[]): number {
  let total = 0;
  for (const input of inputs) {
    if (typeof input !== 'string' && 'data' in input) total += input.data.byteLength;
    else {
      try {
        total += statSync(typeof input === 'string' ? input : input.path).size;
      } catch {
        // The import names the file that cannot be read.
      }
    }
  }
  return total;
}
