import { InputError } from '@tthc/core';
import { XmlTextError, endsName, findEndTag, found, foundAfter, hasAmpersand, isSpace, tagEnd } from './xmlMarkup';
import { decodeXml, stringItemText, tidy } from './xmlText';
import { importInputErrors } from '../../importErrors';
import { grownLength } from '../../_lib/growth';

const T_CLOSE = Buffer.from('</t');

/**
 * The shared-string table of a workbook, held compactly: the UTF-8 bytes of every item in one
 * buffer, by offsets. A string is decoded (and cleaned) only when a cell asks for it, and kept
 * only once it has been asked for twice, up to {@link MAX_KEPT} strings — so the repeating words
 * (procedure names, fields, statuses, channels: the first to repeat) are decoded once, while the
 * unique ones (codes, names, addresses) are never held as JavaScript strings, nor are the many
 * that repeat only a few times (date texts to the minute: half a million of them, 20 MB, in a
 * million-row export), and columns nobody maps are never decoded at all. A million-row export's
 * table is about a third of the memory it takes as strings.
 *
 * A table read on the scanning worker crosses to the main thread in parts ({@link takePart},
 * {@link addPart}), each as the rows that need it are posted.
 */
export class SharedStrings {
  private bytes: Buffer;
  private used = 0;
  /** The end of item i's bytes; it starts where item i - 1 ends (the first at 0). */
  private ends = new Uint32Array(1024);
  /** {@link FILLED}, {@link TIDY} and {@link XML} of each item, told when it is added; {@link ASKED} once read. */
  private flags = new Uint8Array(1024);
  private n = 0;
  /** Items given away by {@link takePart} (their numbers come before those held here). */
  private base = 0;
  /** The strings decoded and kept, and for each item 0 (not kept) or k (kept at k - 1). */
  private readonly kept: string[] = [];
  private slot = new Uint16Array(0);

  /**
   * @param file - the workbook's name, for messages
   * @param maxCellLength - longest string allowed
   * @param capacity - bytes to set aside for the items' text (the table's XML size is more than
   *   enough): it then grows without copying, and the pages never written cost no memory
   */
  constructor(
    private readonly file: string,
    private readonly maxCellLength: number,
    capacity = 1 << 20,
    shared?: SharedArrayBuffer,
  ) {
    this.bytes = shared ? Buffer.from(shared) : Buffer.allocUnsafeSlow(capacity);
    this.shared = shared !== undefined;
  }

  /**
   * Whether the items' bytes live in memory shared with another thread (the scanning worker
   * writes them, this thread reads them): parts then carry only their ends (counted from the
   * table's start) and flags; the bytes are neither copied nor moved, nor ever written over. The
   * buffer is the table's XML size, more than its text takes (the inflater refuses an entry
   * larger than its zip entry says).
   */
  private readonly shared: boolean;

  /** The number of items read (including those given away as parts). */
  get size(): number {
    return this.base + this.n;
  }

  /** Adds an item from the bytes of its `<si>` content (`start`..`end` of `buf`). */
  add(buf: Buffer, start: number, end: number): void {
    // The common `<t>plain</t>` or `<t xml:space="preserve">plain</t>`: only the text is kept.
    if (buf[start] === 0x3c && buf[start + 1] === 0x74 && endsName(buf[start + 2])) {
      const gt = tagEnd(buf, start, end);
      if (gt !== -1 && buf[gt - 1] !== 0x2f && findEndTag(buf, T_CLOSE, gt, end) && foundAfter === end && plain(buf, gt + 1, found)) {
        this.put(buf, gt + 1, found, false);
        return;
      }
    }
    // Character references are checked now, so that a bad one is refused even in a column decoded later.
    if (hasAmpersand(buf, start, end)) {
      try {
        decodeXml(buf.toString('latin1', start, end));
      } catch (error) {
        if (error instanceof XmlTextError) {
          throw new InputError(importInputErrors.shared_string_xml_text, { path: { file: this.file }, params: { index: this.size + 1, problemVi: error.vi, problemEn: error.en } });
        }
        throw error;
      }
    }
    this.put(buf, start, end, true);
  }

  /** Adds the text bytes `s`..`e` (XML to decode when `xml`). */
  put(buf: Buffer, s: number, e: number, xml: boolean): void {
    const length = e - s;
    if (length > this.maxCellLength) this.checkLength(xml ? stringItemText(buf, s, e) : tidy(buf.toString('utf8', s, e)));
    this.room(length);
    buf.copy(this.bytes, this.used, s, e);
    this.push(length, xml ? XML : textFlags(buf, s, e));
  }

  /**
   * Reads `<t …>text</t></si>` from `p` when the text needs no decoding, copying its bytes as it
   * looks for the end; returns where the item ends, or -1 (nothing added: the general path then
   * reads it). `markup`
   * is where the next comment, CDATA or processing instruction starts (-1: none); one inside the
   * item leaves it to the general path.
   */
  putPlain(buf: Buffer, p: number, markup: number): number {
    if (buf[p] !== 0x3c || buf[p + 1] !== 0x74) return -1;
    const attr = buf[p + 2];
    if (attr !== 0x3e && !isSpace(attr)) return -1;
    const end = buf.length;
    let i = p + 2;
    while (i < end && buf[i] !== 0x3e) i++;
    if (buf[i - 1] === 0x2f) return -1; // <t/>
    const s = i + 1;
    this.room(end - s);
    const out = this.bytes;
    let at = this.used;
    for (i = s; i < end; i++) {
      const c = buf[i] as number;
      if (c === 0x3c) break;
      if (c === 0x26 || (c === 0x5f && buf[i + 1] === 0x78)) return -1;
      out[at++] = c;
    }
    if (i + 9 > end) return -1;
    // </t></si>
    if (buf[i + 1] !== 0x2f || buf[i + 2] !== 0x74 || buf[i + 3] !== 0x3e || buf[i + 4] !== 0x3c || buf[i + 5] !== 0x2f || buf[i + 6] !== 0x73 || buf[i + 7] !== 0x69 || buf[i + 8] !== 0x3e) {
      return -1;
    }
    if (markup !== -1 && markup < i + 9) return -1;
    const length = i - s;
    if (length > this.maxCellLength) this.checkLength(tidy(buf.toString('utf8', s, i)));
    this.push(length, textFlags(out, this.used, at));
    return i + 9;
  }

  /** Makes room for `length` more bytes. */
  private room(length: number): void {
    if (this.used + length > this.bytes.length) {
      if (this.shared) throw new Error('shared strings: more text than their shared buffer holds');
      const bigger = Buffer.allocUnsafeSlow(grownLength(this.bytes.length, this.used + length));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
  }

  /** Ends the item whose `length` bytes were just written at `used`. */
  private push(length: number, flags: number): void {
    this.grow(1);
    this.flags[this.n] = flags;
    this.used += length;
    this.ends[this.n] = this.used;
    this.n++;
  }

  /** Makes room for `count` more items. */
  private grow(count: number): void {
    if (this.n + count <= this.flags.length) return;
    const size = grownLength(this.flags.length, this.n + count, 4);
    const ends = new Uint32Array(size);
    ends.set(this.ends.subarray(0, this.n));
    this.ends = ends;
    const flags = new Uint8Array(size);
    flags.set(this.flags.subarray(0, this.n));
    this.flags = flags;
  }

  /**
   * The items added since the last part, in new buffers (to transfer to another thread); this
   * table then holds none of them, only their count (its `get` is for a table that gives no parts).
   */
  takePart(): StringsPart {
    const bytes = this.shared ? new Uint8Array(0) : new Uint8Array(this.bytes.subarray(0, this.used));
    const part = { bytes, ends: this.ends.slice(0, this.n), flags: this.flags.slice(0, this.n) };
    this.forget();
    return part;
  }

  /** Lets the items added so far go, keeping only their count (what {@link takePart} does, without the copy). */
  forget(): void {
    this.base += this.n;
    this.n = 0;
    if (!this.shared) this.used = 0; // shared bytes stay where the other thread reads them
  }

  /** Appends the items of a part taken from a table on another thread, numbered after those held. */
  addPart(part: StringsPart): void {
    const count = part.flags.length;
    this.grow(count);
    if (this.shared) {
      // The bytes are already here; the ends count from the table's start.
      this.ends.set(part.ends, this.n);
      if (count > 0) this.used = part.ends[count - 1] as number;
    } else {
      const at = this.used;
      this.room(part.bytes.length);
      this.bytes.set(part.bytes, at);
      const ends = this.ends;
      for (let k = 0, first = this.n; k < count; k++) ends[first + k] = (part.ends[k] as number) + at;
      this.used += part.bytes.length;
    }
    this.flags.set(part.flags, this.n);
    this.n += count;
    if (this.slot.length < this.n) {
      const slot = new Uint16Array(grownLength(this.slot.length, this.flags.length, 2));
      slot.set(this.slot);
      this.slot = slot;
    }
  }

  /** Adds the empty item `<si/>`. */
  addEmpty(): void {
    const empty = Buffer.alloc(0);
    this.add(empty, 0, 0);
  }

  /** The cleaned text of item `i`, or `undefined` when there is no such item. */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.n)) return undefined;
    const slot = this.slot[i] ?? 0;
    if (slot > 0) return this.kept[slot - 1];
    const text = this.decode(i);
    const flags = this.flags[i] as number;
    if ((flags & ASKED) === 0) this.flags[i] = flags | ASKED;
    else if (this.kept.length < MAX_KEPT) this.slot[i] = this.kept.push(text);
    return text;
  }

  /**
   * Whether item `i` is certainly not blank, told from its bytes without decoding it: plain text
   * with a visible ASCII character. `false` means "decode it to know".
   */
  surelyFilled(i: number): boolean {
    return ((this.flags[i] ?? 0) & FILLED) !== 0;
  }

  /** Frees the unused tail of the byte buffer once the table is complete. */
  seal(): void {
    this.bytes = Buffer.from(this.bytes.subarray(0, this.used));
    this.ends = this.ends.slice(0, this.n);
    this.flags = this.flags.slice(0, this.n);
    this.slot = new Uint16Array(this.n);
  }

  private decode(i: number): string {
    const start = i === 0 ? 0 : (this.ends[i - 1] ?? 0);
    const end = this.ends[i] ?? 0;
    const flags = this.flags[i] ?? 0;
    if ((flags & XML) !== 0) return stringItemText(this.bytes, start, end);
    // Tidy printable ASCII (codes, date texts) is its own cleaned text: read as Latin-1, no clean-up to try.
    return (flags & TIDY) !== 0 ? this.bytes.toString('latin1', start, end) : tidy(this.bytes.toString('utf8', start, end));
  }

  private checkLength(text: string): void {
    if (text.length > this.maxCellLength) {
      throw new InputError(importInputErrors.shared_string_too_long, { path: { file: this.file }, params: { index: this.size + 1, max: this.maxCellLength } });
    }
  }
}

/**
 * Items of a shared-string table in transferable buffers (see {@link SharedStrings.takePart}): their
 * bytes and their ends relative to them; or, for a table in shared memory, no bytes and their ends
 * counted from the table's start.
 */
export interface StringsPart {
  bytes: Uint8Array;
  ends: Uint32Array;
  flags: Uint8Array;
}

const FILLED = 1; // surely not blank: plain text with a visible ASCII character
const TIDY = 2; // tidy printable ASCII: what `tidy` gives back as it is
const XML = 4; // XML to decode (markup, references): neither of the others
const ASKED = 8; // asked for once: kept when asked again (while fewer than MAX_KEPT are)
/** The most strings kept decoded (what a slot's 16 bits number). */
const MAX_KEPT = 0xffff;

/**
 * {@link FILLED} and {@link TIDY} of the plain text bytes `s`..`e`: tidy when they are printable
 * ASCII words with single spaces between them (none at the ends).
 */
function textFlags(buf: Buffer, s: number, e: number): number {
  let filled = false;
  let tidyAscii = e > s;
  let last = 0x20; // the byte before: a space at the start is not tidy
  for (let p = s; p < e; p++) {
    const c = buf[p] as number;
    if (c > 0x20 && c < 0x7f) filled = true;
    else if (c !== 0x20 || last === 0x20) tidyAscii = false;
    last = c;
  }
  return (filled ? FILLED : 0) | (tidyAscii && last !== 0x20 ? TIDY : 0);
}

/** Text bytes that need no XML decoding: no entity, no `_xHHHH_` escape, no tag. */
function plain(buf: Buffer, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const b = buf[p];
    if (b === 0x26 || b === 0x3c || (b === 0x5f && buf[p + 1] === 0x78)) return false;
  }
  return true;
}
