import { InputError } from '@tthc/core';
import { SharedStrings } from './sharedStrings';
import { XmlTextError, endsName, findEndTag, findEndTagSkippingMarkup, found, foundAfter, markupEnd, nextMarkup, normalizeMarkup, tagEnd } from './xmlMarkup';
import { importInputErrors } from '../../importErrors';

const SI_OPEN = Buffer.from('<si');
const SI_CLOSE = Buffer.from('</si');

/**
 * Reads a shared-string table (`xl/sharedStrings.xml`) from its inflated chunks, one `<si>` at a
 * time, into a {@link SharedStrings} (the XML is not held) — as far as it is asked: the whole table
 * at once on one thread ({@link readSharedStrings}), or on the scanning worker only as far as the
 * rows scanned so far point, so that the rows are read while the rest of the table still is.
 */
export class SharedStringsReader {
  readonly strings: SharedStrings;
  private readonly chunks: AsyncIterator<Buffer>;
  private carry: Buffer | undefined;
  private ended = false;

  /**
   * @param file - the workbook's name, for messages
   * @param chunks - the inflated table
   * @param maxCellLength - longest string allowed
   * @param shared - memory shared with the thread that reads the items (see `SharedStrings`)
   */
  constructor(
    private readonly file: string,
    chunks: AsyncIterable<Buffer>,
    private readonly maxCellLength: number,
    shared?: SharedArrayBuffer,
  ) {
    this.strings = new SharedStrings(file, maxCellLength, undefined, shared);
    this.chunks = chunks[Symbol.asyncIterator]();
  }

  /** Whether the whole table has been read. */
  get done(): boolean {
    return this.ended;
  }

  /**
   * Reads on until the table holds `count` items (counting those given away as parts) or ends.
   *
   * @throws InputError for a broken table or item
   */
  async fill(count = Number.POSITIVE_INFINITY): Promise<void> {
    try {
      while (!this.ended && this.strings.size < count) {
        const next = await this.chunks.next();
        if (next.done) this.ended = true;
        else this.feed(next.value);
      }
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /** Stops reading (the file and the inflater are let go); the table is then done. */
  close(): void {
    if (this.ended) return;
    this.ended = true;
    void this.chunks.return?.().catch(() => undefined);
  }

  /** Adds every complete item of the chunk (after what the last one left). */
  private feed(chunk: Buffer): void {
    const strings = this.strings;
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = buf.length;
    let p = 0;
    try {
      let markup = nextMarkup(buf, 0);
      for (;;) {
        // An item that starts where the last one ended needs no search.
        const open = buf[p] === 0x3c && buf[p + 1] === 0x73 && buf[p + 2] === 0x69 ? p : buf.indexOf(SI_OPEN, p);
        if (markup !== -1 && (open === -1 || markup < open)) {
          // Markup between items (the XML declaration, a comment): skipped whole.
          const after = markupEnd(buf, markup, end);
          if (after === -1) {
            p = markup;
            break;
          }
          p = after;
          markup = nextMarkup(buf, p);
          continue;
        }
        if (open === -1) {
          p = Math.max(p, end - 3);
          break;
        }
        if (open + 3 >= end) {
          p = open;
          break;
        }
        if (!endsName(buf[open + 3])) {
          p = open + 3;
          continue;
        }
        // <si><t …>plain</t></si>, read in one pass (a comment inside leaves it to the general path)
        const next = buf[open + 3] === 0x3e && (markup === -1 || markup > open + 4) ? strings.putPlain(buf, open + 4, markup) : -1;
        if (next !== -1) {
          p = next;
          continue;
        }
        const gt = tagEnd(buf, open, end);
        if (gt === -1) {
          p = open;
          break;
        }
        if (buf[gt - 1] === 0x2f) {
          strings.addEmpty();
          p = gt + 1;
          continue;
        }
        if (!findEndTag(buf, SI_CLOSE, gt, end)) {
          p = open;
          break;
        }
        if (markup !== -1 && markup < found) {
          // A comment or CDATA inside the item: its real end lies past them; its content is normalised.
          if (!findEndTagSkippingMarkup(buf, SI_CLOSE, gt + 1, end)) {
            p = open;
            break;
          }
          const item = normalizeMarkup(buf, gt + 1, found);
          p = foundAfter;
          strings.add(item, 0, item.length);
          markup = nextMarkup(buf, p);
          continue;
        }
        strings.add(buf, gt + 1, found);
        p = foundAfter;
      }
    } catch (error) {
      if (error instanceof XmlTextError) {
        throw new InputError(importInputErrors.shared_strings_xml_text, { path: { file: this.file }, params: { problemVi: error.vi, problemEn: error.en } });
      }
      throw error;
    }
    this.carry = p < end ? Buffer.from(buf.subarray(p)) : undefined;
    if (this.carry && this.carry.length > this.maxCellLength * 8 + 65_536) {
      throw new InputError(importInputErrors.shared_strings_too_long, { path: { file: this.file } });
    }
  }
}

/**
 * Reads the whole shared-string table of a workbook (see {@link SharedStringsReader}).
 *
 * @param file - the workbook's name, for messages
 * @param chunks - the inflated `xl/sharedStrings.xml`
 * @param maxCellLength - longest string allowed
 */
export async function readSharedStrings(file: string, chunks: AsyncIterable<Buffer>, maxCellLength: number): Promise<SharedStrings> {
  const reader = new SharedStringsReader(file, chunks, maxCellLength);
  await reader.fill();
  reader.strings.seal();
  return reader.strings;
}
