import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { collectGarbage, inputBytes } from '../src/lib/releaseMemory';

describe('collectGarbage', () => {
  it('runs a full (major) collection, seen by a GC observer', async () => {
    // Node tells an observer of a collection a turn of the event loop after it (an immediate), so
    // the test waits for the observer to have seen both collections, not for a delay: a 50 ms sleep
    // lost that race on a busy machine (its timer fired first, having run out while the two
    // collections blocked the thread). A collection that is never seen fails on the test timeout.
    const kinds: number[] = [];
    let seenBoth!: () => void;
    const both = new Promise<void>((resolve) => (seenBoth = resolve));
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) kinds.push((entry as unknown as { detail: { kind: number } }).detail.kind);
      if (kinds.filter((k) => k === constants.NODE_PERFORMANCE_GC_MAJOR).length >= 2) seenBoth();
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      expect(collectGarbage()).toBe(true);
      expect(collectGarbage()).toBe(true); // the function is taken once and kept
      await both;
    } finally {
      observer.disconnect();
    }
    expect(kinds.filter((k) => k === constants.NODE_PERFORMANCE_GC_MAJOR).length).toBeGreaterThanOrEqual(2);
  });
});

describe('inputBytes', () => {
  it("adds a file's size on disk and a buffer's length; a missing file counts nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-bytes-'));
    writeFileSync(join(dir, 'a'), Buffer.alloc(1000));
    writeFileSync(join(dir, 'b'), Buffer.alloc(250));
    const total = inputBytes([join(dir, 'a'), { name: 'b.xlsx', path: join(dir, 'b') }, { name: 'c.csv', data: new Uint8Array(40) }, join(dir, 'missing')]);
    expect(total).toBe(1000 + 250 + 40);
  });
});
