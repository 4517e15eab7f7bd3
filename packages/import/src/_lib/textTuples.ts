import { grownLength } from './growth';

/**
 * The texts of a dossier that repeat together (procedure code and name, field, unit) held as one
 * number: each distinct tuple of their string numbers once, in order, numbered as first seen. An
 * export has a few thousand such tuples however many rows it has, so a dossier keeps one word for
 * its texts instead of one a text (16 MB less for a million dossiers).
 */
export class TextTuples {
  /** Where the caller writes a tuple's string numbers before asking for its {@link id}. */
  readonly scratch: Int32Array;
  /** Tuple i's string numbers at [i * width, (i + 1) * width). */
  members: Int32Array;
  private n = 0;
  /** Slot k: 0 when empty, else the tuple's number + 1. */
  private table = new Int32Array(1024);

  constructor(readonly width: number) {
    this.scratch = new Int32Array(width);
    this.members = new Int32Array(256 * width);
  }

  /** The number of the tuple in {@link scratch}, which is added when it is new. */
  id(): number {
    const t = this.scratch;
    const width = this.width;
    let h = 0x811c9dc5;
    for (let k = 0; k < width; k++) h = Math.imul(h ^ (t[k] as number), 0x01000193);
    const table = this.table;
    const mask = table.length - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const entry = table[slot] as number;
      if (entry === 0) break;
      if (this.equals(entry - 1)) return entry - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.n++;
    if (this.n * width > this.members.length) {
      const bigger = new Int32Array(grownLength(this.members.length, this.n * width, 4));
      bigger.set(this.members);
      this.members = bigger;
    }
    this.members.set(t, id * width);
    table[slot] = id + 1;
    if (this.n * 2 > table.length) this.rehash();
    return id;
  }

  private equals(id: number): boolean {
    const t = this.scratch;
    const m = this.members;
    for (let k = 0, at = id * this.width; k < this.width; k++) if (m[at + k] !== t[k]) return false;
    return true;
  }

  /** Doubles the slots (kept at most half full). */
  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    const m = this.members;
    for (let id = 0; id < this.n; id++) {
      let h = 0x811c9dc5;
      for (let k = 0, at = id * this.width; k < this.width; k++) h = Math.imul(h ^ (m[at + k] as number), 0x01000193);
      let slot = (h ^ (h >>> 15)) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }
}
