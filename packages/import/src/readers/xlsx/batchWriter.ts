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

/** A growing batch of scanned rows. */
export class BatchWriter {
  ops = new Int32Array(1 << 16);
  n = 0;
  nums = new Float64Array(1 << 14);
  m = 0;
  texts: string[] = [];
  /** The highest shared-string index of any row scanned (-1: none). */
  maxShared = -1;

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

  /** Takes the batch (copied to exact sizes, so the buffers can be transferred) and starts anew. */
  take(): ScannedBatch {
    const batch = { ops: this.ops.slice(0, this.n), nums: this.nums.slice(0, this.m), texts: this.texts, stringsNeeded: this.maxShared + 1 };
    this.n = 0;
    this.m = 0;
    this.texts = [];
    return batch;
  }
}

