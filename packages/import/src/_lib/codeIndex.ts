import { grownLength } from './growth';
/**
 * The dossier codes of an import, numbered in the order they were first seen, held as bytes: one
 * buffer of UTF-8 text by offsets, and an open-addressing hash table of one 32-bit number a slot:
 * the code's number + 1 in the low bits the slot's position takes from the hash, and the hash's
 * other bits above it — so a probe reads one place of memory and compares the code's bytes only
 * when those bits agree (the hashes are computed again, from the bytes, when the table doubles).
 * A `Map` of a million code strings costs about 90 bytes a code, most of it in the old generation
 * of the heap (which then grows and is collected again and again); this costs the code's bytes and
 * 12 to 20 more (an offset, two to four slots), off the heap.
 */
export class CodeIndex {
  private bytes = Buffer.allocUnsafeSlow(1 << 20);
  private used = 0;
  /** Start of code i at [i], its end at [i + 1]. */
  private offsets = new Uint32Array(1025);
  /**
   * Slot k: 0 when empty, else the code's number + 1 in the bits of `mask` (the table is kept at
   * most half full, so the number fits) and its hash's other bits.
   */
  private table = new Int32Array(2048);
  private mask = 2047;
  private n = 0;
  /** Codes with UTF-16 surrogates (UTF-8 cannot hold a lone one), kept as strings; rare. */
  private readonly surrogates = new Map<number, string>();

  get size(): number {
    return this.n;
  }

  /**
   * The number of `code`, which is added (numbered `size`) when it is new.
   *
   * @returns the number, and whether it was added
   */
  intern(code: string): { index: number; added: boolean } {
    const hash = hashOf(code);
    const table = this.table;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const entry = table[slot] as number;
      if (entry === 0) break;
      if (((entry ^ hash) & ~mask) === 0 && this.equals((entry & mask) - 1, code)) return { index: (entry & mask) - 1, added: false };
      slot = (slot + 1) & mask;
    }
    const index = this.append(code);
    table[slot] = (hash & ~mask) | (index + 1);
    if (this.n * 2 > table.length) this.rehash();
    return { index, added: true };
  }

  /** Code number `i` as text. */
  get(i: number): string {
    if (this.surrogates.size > 0) {
      const odd = this.surrogates.get(i);
      if (odd !== undefined) return odd;
    }
    return this.bytes.toString('utf8', this.offsets[i], this.offsets[i + 1]);
  }

  /** The UTF-8 length of code `i` (of its text when held as a string). */
  byteLength(i: number): number {
    const odd = this.surrogates.size > 0 ? this.surrogates.get(i) : undefined;
    return odd === undefined ? (this.offsets[i + 1] ?? 0) - (this.offsets[i] ?? 0) : odd.length * 3;
  }

  /**
   * Writes `JSON.stringify(get(i))` as UTF-8 into `out` at `at` (room for 6 bytes a byte of the
   * code + 2 is the caller's); returns where it ends.
   */
  jsonInto(i: number, out: Buffer, at: number): number {
    const start = this.offsets[i] ?? 0;
    const end = this.offsets[i + 1] ?? 0;
    let plain = this.surrogates.size === 0 || !this.surrogates.has(i);
    for (let k = start; plain && k < end; k++) {
      const b = this.bytes[k] as number;
      if (b < 0x20 || b === 0x22 || b === 0x5c) plain = false;
    }
    if (!plain) return at + out.write(JSON.stringify(this.get(i)), at, 'utf8');
    let p = at;
    out[p++] = 0x22;
    for (let k = start; k < end; k++) out[p++] = this.bytes[k] as number;
    out[p++] = 0x22;
    return p;
  }

  private append(code: string): number {
    const need = this.used + code.length * 3;
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(grownLength(this.bytes.length, need, 1, 1.5));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    const bytes = this.bytes;
    const at = this.used;
    let k = 0;
    for (; k < code.length; k++) {
      const c = code.charCodeAt(k);
      if (c >= 0x80) break;
      bytes[at + k] = c;
    }
    if (k === code.length) this.used = at + k;
    else if (SURROGATE.test(code)) this.surrogates.set(this.n, code);
    else this.used = at + bytes.write(code, at, 'utf8');
    if (this.n + 2 > this.offsets.length) {
      const bigger = new Uint32Array(grownLength(this.offsets.length, this.n + 2, 4, 1.5));
      bigger.set(this.offsets);
      this.offsets = bigger;
    }
    this.offsets[this.n + 1] = this.used;
    return this.n++;
  }

  /** Whether code number `i` is `code`: byte by byte for ASCII, else by its text. */
  private equals(i: number, code: string): boolean {
    if (this.surrogates.size > 0 && this.surrogates.has(i)) return this.surrogates.get(i) === code;
    const start = this.offsets[i] ?? 0;
    const end = this.offsets[i + 1] ?? 0;
    if (end - start !== code.length) return end - start > code.length && this.get(i) === code;
    for (let k = 0; k < code.length; k++) {
      const c = code.charCodeAt(k);
      if (c >= 0x80) return this.get(i) === code;
      if (this.bytes[start + k] !== c) return false;
    }
    return true;
  }

  /** Doubles the slots (the table is kept at most half full), each code's hash computed again. */
  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    const bytes = this.bytes;
    const offsets = this.offsets;
    const odd = this.surrogates.size > 0;
    for (let i = 0, start = 0; i < this.n; i++) {
      const end = offsets[i + 1] as number;
      // hashOf over the bytes, which are the text's UTF-16 units when all are ASCII.
      let h = 0x811c9dc5;
      let ascii = !(odd && this.surrogates.has(i));
      for (let k = start; k < end; k++) {
        const b = bytes[k] as number;
        if (b >= 0x80) ascii = false;
        h = Math.imul(h ^ b, 0x01000193);
      }
      start = end;
      const hash = ascii ? h | 0 : hashOf(this.get(i));
      let slot = hash & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = (hash & ~mask) | (i + 1);
    }
    this.table = table;
    this.mask = mask;
  }
}

const SURROGATE = /[\ud800-\udfff]/;

/** FNV-1a over the UTF-16 code units, as a 32-bit number. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h | 0;
}
