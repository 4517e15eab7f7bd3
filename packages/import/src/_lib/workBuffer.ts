/**
 * One reusable buffer for "the unparsed rest of the last chunk + the next chunk". Concatenating
 * into a fresh buffer for every chunk leaves hundreds of megabytes of dead buffers waiting for a
 * full garbage collection on a large sheet; this one is allocated once and grown when needed.
 */
export class WorkBuffer {
  private buf = Buffer.allocUnsafeSlow(1 << 20);
  private length = 0;

  /** Appends a chunk after the kept rest; returns a view of rest + chunk. */
  append(chunk: Buffer): Buffer {
    const need = this.length + chunk.length;
    if (need > this.buf.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.length);
      this.buf = bigger;
    }
    chunk.copy(this.buf, this.length);
    this.length = need;
    return this.buf.subarray(0, need);
  }

  /** Keeps the bytes from `from` (the unparsed rest) for the next chunk. */
  keep(from: number): void {
    if (from >= this.length) this.length = 0;
    else if (from > 0) {
      this.buf.copy(this.buf, 0, from, this.length);
      this.length -= from;
    }
  }

  /** How many bytes are kept. */
  get kept(): number {
    return this.length;
  }
}
