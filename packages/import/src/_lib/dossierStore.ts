import { type Dossier, type WallDossier, writeLocalDateTime } from '@tthc/core';
import {
  type Column, NO_DATE, OTHERS, OTHER_COUNT, OTHER_DATE, OTHER_PLACE, PAGE, PAGE_BITS, PLACE_INPUTS, PLACE_ROWS, TEXTS, WORDS, W_ENUMS, W_PLACE, W_TEXTS, columns,
  readTextDossier, readWallDossier, writeDossier,
} from './storeLayout';
import type { CodeIndex } from './codeIndex';
import { TextTuples } from './textTuples';

const NONE = -1;

/** Strings that repeat (procedure names, fields, units) held once, by number, with their JSON in UTF-8. */
class Strings {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  private readonly jsonUtf8: Buffer[] = [];
  /** The longest of the texts' JSON, in bytes. */
  longestJson = 0;
  id(s: string | undefined): number {
    if (s === undefined) return NONE;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(s, id);
      this.values.push(s);
      const bytes = Buffer.from(jsonString(s), 'utf8');
      this.jsonUtf8.push(bytes);
      if (bytes.length > this.longestJson) this.longestJson = bytes.length;
    }
    return id;
  }
  /** The JSON text of string `id` as UTF-8 (`id` must be set). */
  jsonBytesOf(id: number): Buffer {
    return this.jsonUtf8[id] as Buffer;
  }
}

// Characters JSON.stringify escapes (and surrogates, which it escapes when lone).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify(s)`, without its cost for the usual text that needs no escape. */
function jsonString(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`;
}

/** Writes an ASCII text's characters as bytes at `at`; returns where it ends. */
function ascii(out: Buffer, at: number, text: string): number {
  for (let k = 0; k < text.length; k++) out[at + k] = text.charCodeAt(k);
  return at + text.length;
}

/**
 * Canonical dossiers held by columns: 9 numbers a dossier (statuses, channels, flags and counts in
 * one, dates in seconds, the numbered tuple of the repeating texts, where it was read) and the
 * code (in a {@link CodeIndex}). About a fifth of the memory of as many `Dossier` objects, so that
 * a million-row export fits in a few hundred megabytes; each dossier is rebuilt, identical, when
 * read back, or written straight out as JSON Lines.
 */
export class DossierStore {
  private n = 0;
  private readonly pages: Int32Array[] = [];
  private readonly applicants: (string | undefined)[] = [];
  /** Dates outside 1901–2038 (or not whole seconds) and counts over 253, by `index * OTHERS + slot`. */
  private readonly others = new Map<number, number>();
  private readonly strings = new Strings();
  private readonly texts = new TextTuples(TEXTS);
  /** Where dossiers beyond the layout's inputs and rows were read, by index. */
  private readonly otherPlaces = new Map<number, { input: number; row: number }>();

  /** @param codes - the codes, numbered as the dossiers here (the store does not add them) */
  constructor(private readonly codes: CodeIndex) {}

  get size(): number {
    return this.n;
  }

  /** The page that holds dossier `index`, made when first needed. */
  private page(index: number): Int32Array {
    const p = index >>> PAGE_BITS;
    while (this.pages.length <= p) this.pages.push(new Int32Array(PAGE * WORDS));
    return this.pages[p] as Int32Array;
  }

  /**
   * Stores a dossier at `index` (its code's number; `index === size` appends), read at `row` of
   * input `input`; its dates are wall milliseconds (`validateDossier`'s `wallDates`).
   */
  set(index: number, d: WallDossier, input = 0, row = 0): void {
    const page = this.page(index);
    const w = (index & (PAGE - 1)) * WORDS;
    writeDossier(d, page, w, index, this.strings, this.texts, this.applicants, this.others);
    if (input >= 0 && input < PLACE_INPUTS && row >= 0 && row < PLACE_ROWS && Number.isInteger(row)) {
      page[w + W_PLACE] = row * PLACE_INPUTS + input;
      if (this.otherPlaces.size > 0) this.otherPlaces.delete(index);
    } else {
      page[w + W_PLACE] = OTHER_PLACE;
      this.otherPlaces.set(index, { input, row });
    }
    if (index >= this.n) this.n = index + 1;
  }

  /** Where the kept record of dossier `index` was read. */
  where(index: number): { input: number; row: number } {
    const page = this.page(index);
    const place = page[(index & (PAGE - 1)) * WORDS + W_PLACE] ?? 0;
    if (place === OTHER_PLACE) return this.otherPlaces.get(index) ?? { input: 0, row: 0 };
    return { input: place % PLACE_INPUTS, row: Math.floor(place / PLACE_INPUTS) };
  }

  /** The date of column `col` of dossier `index` in wall milliseconds, or NaN. */
  private date(page: Int32Array, w: number, index: number, col: { word: number; slot: number }): number {
    const v = page[w + col.word] ?? NO_DATE;
    if (v === NO_DATE) return Number.NaN;
    return v === OTHER_DATE ? (this.others.get(index * OTHERS + col.slot) ?? Number.NaN) : v * 1000;
  }

  /** The dossier at `index`, rebuilt with its keys in the order of domain.md §3 (the field table's). */
  get(index: number): Dossier {
    const page = this.page(index);
    const w = (index & (PAGE - 1)) * WORDS;
    return readTextDossier(page, w, index, this.codes.get(index), this.strings.values, this.texts.members, this.applicants, this.others) as Dossier;
  }

  /** The same with its dates as wall milliseconds (as {@link set} takes them). */
  getWall(index: number): WallDossier {
    const page = this.page(index);
    const w = (index & (PAGE - 1)) * WORDS;
    return readWallDossier(page, w, index, this.codes.get(index), this.strings.values, this.texts.members, this.applicants, this.others) as WallDossier;
  }

  /** An upper bound of the length of {@link jsonLineInto}'s line: the code and the applicant escaped at worst, every text at its longest. */
  jsonLineBound(index: number): number {
    const applicant = this.applicants[index];
    return 1000 + this.codes.byteLength(index) * 6 + (applicant === undefined ? 0 : applicant.length * 6) + columns.length * this.strings.longestJson;
  }

  /**
   * Writes the line `JSON.stringify(get(index))` + newline as UTF-8 into `out` from `at` (which
   * must have {@link jsonLineBound} bytes of room), straight from the columns: no dossier object,
   * the texts' bytes copied as they were encoded once. Returns where the line ends.
   */
  jsonLineInto(index: number, out: Buffer, at: number): number {
    const page = this.page(index);
    const w = (index & (PAGE - 1)) * WORDS;
    const e = page[w + W_ENUMS] ?? 0;
    const t = (page[w + W_TEXTS] ?? 0) * TEXTS;
    const members = this.texts.members;
    let p = ascii(out, at, '{');
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c] as Column;
      switch (col.kind) {
        case 'code':
          p = ascii(out, p, `"${col.name}":`);
          p = this.codes.jsonInto(index, out, p);
          break;
        case 'personal': {
          const v = this.applicants[index];
          if (v !== undefined) p += out.write(`${col.key}${jsonString(v)}`, p, 'utf8');
          break;
        }
        case 'text': {
          const id = members[t + col.slot] ?? NONE;
          if (id !== NONE) {
            p = ascii(out, p, col.key);
            const bytes = this.strings.jsonBytesOf(id);
            if (bytes.length < 64) for (let k = 0; k < bytes.length; k++) out[p++] = bytes[k] as number;
            else p += bytes.copy(out, p);
          }
          break;
        }
        case 'count': {
          const v = (e >>> col.shift) & 255;
          if (v !== 0) p = ascii(out, p, `${col.key}${v === OTHER_COUNT ? this.others.get(index * OTHERS + col.slot) : v - 1}`);
          break;
        }
        case 'date': {
          const ms = this.date(page, w, index, col);
          if (!Number.isNaN(ms)) {
            p = ascii(out, p, col.key);
            p = writeLocalDateTime(out, p, ms);
            out[p++] = 0x22;
          }
          break;
        }
        case 'enum': {
          const v = (e >> col.shift) & 15;
          if (v > 0) p = ascii(out, p, col.json[v - 1] as string);
          break;
        }
        case 'flag': {
          const v = (e >> col.shift) & 3;
          if (v !== 0) p = ascii(out, p, col.json[v - 1] as string);
          break;
        }
      }
    }
    out[p++] = 0x7d; // }
    out[p++] = 0x0a;
    return p;
  }
}
