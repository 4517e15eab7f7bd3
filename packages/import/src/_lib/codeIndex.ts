import { grownLength } from './growth';

/** Every RESTART-th code is held whole; the others as what they add to the code before them. */
const RESTART = 16;

/**
 * The dossier codes of an import, numbered in the order they were first seen, held as bytes, and
 * an open-addressing hash table to find them.
 *
 * The bytes are front-coded: every {@link RESTART}-th code is kept whole, each other one as the
 * length of the start it shares with the code before it (one byte) and the UTF-8 bytes that follow.
 * Exports list codes in order ("000.00.12.H26-020202-00001", "000.00.12.H26-020303-00002"), so a
 * code of 26 bytes takes about 10; reading code i decodes at most 15 codes before it, and reading
 * them in order (the JSON Lines, a rehash) decodes each once.
 *
 * Each slot of the table is one 32-bit number: the code's number + 1 in the low bits the slot's
 * position takes from the hash, and the hash's other bits above it — so a probe reads one place
 * of memory and decodes a code only when those bits agree (the hashes are computed again, from the
 * bytes, when the table doubles). A `Map` of a million code strings costs about 90 bytes a code,
 * most of it in the old generation of the heap (which then grows and is collected again and
 * again); this costs the code's new bytes and 13 to 21 more (its first byte, an offset, two to
 * four slots), off the heap.
 */
export class CodeIndex {
  private bytes = Buffer.allocUnsafeSlow(1 << 20);
  private used = 0;
  /** Start of code i's entry at [i], its end at [i + 1]. */
  private offsets = new Uint32Array(1025);
  /**
   * Slot k: 0 when empty, else the code's number + 1 in the bits of `mask` (the table is kept at
   * most half full, so the number fits) and its hash's other bits.
   */
  private table = new Int32Array(2048);
  private mask = 2047;
  private n = 0;
  /** Codes with UTF-16 surrogates (UTF-8 cannot hold a lone one), kept as strings; rare. Their entries hold no bytes. */
  private readonly surrogates = new Map<number, string>();
  /** The bytes of the code last added (what the next one is coded against), and their length. */
  private tail = Buffer.allocUnsafeSlow(256);
  private tailLength = 0;
  /** Where the code being added is written. */
  private next = Buffer.allocUnsafeSlow(256);
  /** The bytes of code `decoded` (-1: none), and their length. */
  private scratch = Buffer.allocUnsafeSlow(256);
  private scratchLength = 0;
  private decoded = -1;

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
    this.decode(i);
    return this.scratch.toString('utf8', 0, this.scratchLength);
  }

  /** The UTF-8 length of code `i` (of its text when held as a string). */
  byteLength(i: number): number {
    const odd = this.surrogates.size > 0 ? this.surrogates.get(i) : undefined;
    if (odd !== undefined) return odd.length * 3;
    this.decode(i);
    return this.scratchLength;
  }

  /**
   * Writes `JSON.stringify(get(i))` as UTF-8 into `out` at `at` (room for 6 bytes a byte of the
   * code + 2 is the caller's); returns where it ends.
   */
  jsonInto(i: number, out: Buffer, at: number): number {
    let plain = this.surrogates.size === 0 || !this.surrogates.has(i);
    if (plain) this.decode(i);
    const bytes = this.scratch;
    const end = this.scratchLength;
    for (let k = 0; plain && k < end; k++) {
      const b = bytes[k] as number;
      if (b < 0x20 || b === 0x22 || b === 0x5c) plain = false;
    }
    if (!plain) return at + out.write(JSON.stringify(this.get(i)), at, 'utf8');
    let p = at;
    out[p++] = 0x22;
    for (let k = 0; k < end; k++) out[p++] = bytes[k] as number;
    out[p++] = 0x22;
    return p;
  }

  /** Adds `code` as code number `size`; returns that number. */
  private append(code: string): number {
    // The code's UTF-8 bytes into `next` (3 bytes a UTF-16 unit at most).
    if (this.next.length < code.length * 3) this.next = Buffer.allocUnsafeSlow(Math.max(code.length * 3, this.next.length * 2));
    const next = this.next;
    let length = 0;
    let k = 0;
    for (; k < code.length; k++) {
      const c = code.charCodeAt(k);
      if (c >= 0x80) break;
      next[k] = c;
    }
    if (k === code.length) length = k;
    else if (SURROGATE.test(code)) this.surrogates.set(this.n, code);
    else length = next.write(code, 0, 'utf8');
    // Whole every RESTART-th code, else the start it shares with the code before (up to 255 bytes) and the rest.
    const whole = this.n % RESTART === 0;
    let shared = 0;
    if (!whole) {
      const tail = this.tail;
      const most = Math.min(length, this.tailLength, 255);
      while (shared < most && next[shared] === tail[shared]) shared++;
    }
    const need = this.used + (whole ? 0 : 1) + length - shared;
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafeSlow(grownLength(this.bytes.length, need, 1, 1.5));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    const bytes = this.bytes;
    let at = this.used;
    if (!whole) bytes[at++] = shared;
    for (let b = shared; b < length; b++) bytes[at++] = next[b] as number;
    this.used = at;
    if (this.n + 2 > this.offsets.length) {
      const bigger = new Uint32Array(grownLength(this.offsets.length, this.n + 2, 4, 1.5));
      bigger.set(this.offsets);
      this.offsets = bigger;
    }
    this.offsets[this.n + 1] = this.used;
    // The new code is the tail now (the old tail's buffer takes the next code).
    this.next = this.tail;
    this.tail = next;
    this.tailLength = length;
    return this.n++;
  }

  /** Puts the bytes of code `i` in `scratch` (none for a code held as a string). */
  private decode(i: number): void {
    if (i === this.decoded) return;
    const bytes = this.bytes;
    const offsets = this.offsets;
    // From the code before when it was the one decoded last, else from the last whole one.
    let j = i - (i % RESTART);
    if (i === this.decoded + 1 && j !== i) j = i;
    else {
      const start = offsets[j] as number;
      const end = offsets[j + 1] as number;
      this.room(end - start);
      const scratch = this.scratch;
      for (let k = start; k < end; k++) scratch[k - start] = bytes[k] as number;
      this.scratchLength = end - start;
      j++;
    }
    // A coded entry has its first byte (the length shared), even for a code held as a string.
    for (; j <= i; j++) {
      const start = offsets[j] as number;
      const end = offsets[j + 1] as number;
      let at = bytes[start] as number;
      this.room(at + end - start - 1);
      const scratch = this.scratch;
      for (let k = start + 1; k < end; k++) scratch[at++] = bytes[k] as number;
      this.scratchLength = at;
    }
    this.decoded = i;
  }

  /** Makes `scratch` hold at least `size` bytes, keeping its content. */
  private room(size: number): void {
    if (size <= this.scratch.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(size, this.scratch.length * 2));
    this.scratch.copy(bigger, 0, 0, this.scratchLength);
    this.scratch = bigger;
  }

  /** Whether code number `i` is `code`: byte by byte for ASCII, else by its text. */
  private equals(i: number, code: string): boolean {
    if (this.surrogates.size > 0 && this.surrogates.has(i)) return this.surrogates.get(i) === code;
    this.decode(i);
    const length = this.scratchLength;
    if (length !== code.length) return length > code.length && this.get(i) === code;
    const bytes = this.scratch;
    for (let k = 0; k < code.length; k++) {
      const c = code.charCodeAt(k);
      if (c >= 0x80) return this.get(i) === code;
      if (bytes[k] !== c) return false;
    }
    return true;
  }

  /** Doubles the slots (the table is kept at most half full), each code's hash computed again. */
  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    const odd = this.surrogates.size > 0;
    for (let i = 0; i < this.n; i++) {
      let hash: number;
      if (odd && this.surrogates.has(i)) hash = hashOf(this.surrogates.get(i) as string);
      else {
        // hashOf over the bytes, which are the text's UTF-16 units when all are ASCII.
        this.decode(i);
        const bytes = this.scratch;
        const end = this.scratchLength;
        let h = 0x811c9dc5;
        let ascii = true;
        for (let k = 0; k < end; k++) {
          const b = bytes[k] as number;
          if (b >= 0x80) ascii = false;
          h = Math.imul(h ^ b, 0x01000193);
        }
        hash = ascii ? h | 0 : hashOf(this.get(i));
      }
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
