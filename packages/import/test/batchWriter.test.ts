import { describe, expect, it } from 'vitest';
import { BatchWriter } from '../src/readers/xlsx/batchWriter';

describe('BatchWriter', () => {
  it('hands a batch its own buffers, and reuses them only once they are given back', () => {
    const w = new BatchWriter();
    w.op(1, 2, 3);
    w.num(0.5);
    const a = w.take();
    w.op(4, 5, 6);
    const b = w.take();
    expect(b.ops.buffer).not.toBe(a.ops.buffer);
    expect([...a.ops]).toEqual([1, 2, 3]);
    expect([...a.nums]).toEqual([0.5]);

    // The writer fills the buffers it took when `b` was taken; `a`'s serve the batch after.
    w.recycle(a);
    w.op(7, 8, 9);
    const c = w.take();
    expect(c.ops.buffer).not.toBe(a.ops.buffer);
    w.op(10, 11, 12);
    const d = w.take();
    expect(d.ops.buffer).toBe(a.ops.buffer);
    expect(d.nums.buffer).toBe(a.nums.buffer);
    expect([...d.ops]).toEqual([10, 11, 12]);
    expect([...d.nums]).toEqual([]);
    expect([...b.ops]).toEqual([4, 5, 6]);
    expect([...c.ops]).toEqual([7, 8, 9]);
  });

  it('ignores buffers that were transferred away (detached)', () => {
    const w = new BatchWriter();
    w.op(1, 2, 3);
    const a = w.take();
    structuredClone(a.ops.buffer, { transfer: [a.ops.buffer as ArrayBuffer] });
    w.recycle(a);
    w.op(4, 5, 6);
    expect([...w.take().ops]).toEqual([4, 5, 6]);
  });
});
