/**
 * The compact form of scanned rows that crosses from the scanning worker to the main thread: no
 * object per row or cell, only numbers in transferable buffers. `ops` holds triplets
 * `[op, a, b]` (see the `OP_*` codes); numbers go to `nums`, the rare texts (inline strings,
 * formula strings, errors) to `texts`.
 */
export interface ScannedBatch {
  ops: Int32Array;
  nums: Float64Array;
  texts: string[];
  /** The shared strings the rows so far point to: one more than the highest index (0: none). */
  stringsNeeded: number;
}

/** A row starts: `a` = its number. */
export const OP_ROW = 1;
/** A shared string: `a` = column, `b` = its index (or `-1 - k`: the index is `nums[k]`, not a small integer). */
export const OP_SHARED = 2;
/** A number: `a` = column, `b` = index in `nums`. */
export const OP_NUMBER = 3;
/** A boolean: `a` = column, `b` = 0 or 1. */
export const OP_BOOL = 4;
/** A text: `a` = column, `b` = index in `texts`. */
export const OP_TEXT = 5;
/** A number cell with an empty value: nothing is set, the column is only looked at. */
export const OP_TOUCH = 6;

/** Words of `ops` and of `nums` a batch starts with (it grows when a batch needs more). */
const OPS_WORDS = 1 << 16;
const NUMS_WORDS = 1 << 14;
/** Spare buffers kept for reuse, at most (the batches in flight and a few more). */
const MAX_SPARE = 16;

/**
 * A growing batch of scanned rows. A batch taken hands over the writer's buffers; once its rows
 * are made they come back by {@link recycle} and serve a later batch, so a sheet of a million rows
 * reuses a dozen buffers instead of allocating two a batch: freed by another thread, those left the
 * process's memory allocator holding tens of megabytes it did not give back.
 */
export class BatchWriter {
  ops = new Int32Array(OPS_WORDS);
  n = 0;
  nums = new Float64Array(NUMS_WORDS);
  m = 0;
  texts: string[] = [];
  /** The highest shared-string index of any row scanned (-1: none). */
  maxShared = -1;
  private readonly spareOps: Int32Array<ArrayBuffer>[] = [];
  private readonly spareNums: Float64Array<ArrayBuffer>[] = [];

  op(op: number, a: number, b: number): void {
    if (this.n + 3 > this.ops.length) {
      const bigger = new Int32Array(this.ops.length * 2);
      bigger.set(this.ops);
      this.ops = bigger;
    }
    this.ops[this.n++] = op;
    this.ops[this.n++] = a;
    this.ops[this.n++] = b;
  }

  num(value: number): number {
    if (this.m === this.nums.length) {
      const bigger = new Float64Array(this.nums.length * 2);
      bigger.set(this.nums);
      this.nums = bigger;
    }
    this.nums[this.m] = value;
    return this.m++;
  }

  /** Takes the batch (views of the filled part of the writer's buffers, transferable) and starts anew on spare buffers. */
  take(): ScannedBatch {
    const batch = { ops: this.ops.subarray(0, this.n), nums: this.nums.subarray(0, this.m), texts: this.texts, stringsNeeded: this.maxShared + 1 };
    this.ops = this.spareOps.pop() ?? new Int32Array(OPS_WORDS);
    this.nums = this.spareNums.pop() ?? new Float64Array(NUMS_WORDS);
    this.n = 0;
    this.m = 0;
    this.texts = [];
    return batch;
  }

  /** Takes back the buffers of a batch whose rows are made, for a later batch. */
  recycle(batch: Pick<ScannedBatch, 'ops' | 'nums'>): void {
    if (this.spareOps.length < MAX_SPARE && batch.ops.buffer.byteLength > 0) this.spareOps.push(new Int32Array(batch.ops.buffer as ArrayBuffer));
    if (this.spareNums.length < MAX_SPARE && batch.nums.buffer.byteLength > 0) this.spareNums.push(new Float64Array(batch.nums.buffer as ArrayBuffer));
  }
}
