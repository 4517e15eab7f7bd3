import { Channel, DossierStatus, ServiceLevel, dossierFieldTable, type Dossier, type DossierFieldKind, type WallDossier } from '@tthc/core';
import { formatWall, writeWall } from '../presets/parseDate';
import type { CodeIndex } from './codeIndex';

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
  get(id: number | undefined): string | undefined {
    return id === undefined || id === NONE ? undefined : this.values[id];
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

// The layout is derived from the core's field table (domain.md §3), in its order, which is also
// the JSON key order. One dossier is a row of 32-bit words of a page (pages of 16 384 dossiers:
// the store never copies itself to grow, and wastes at most one page):
// - word 0: the enums (status, channel, service level: 4 bits each, value + 1, 0 when unset) and
//   the flags (2 bits each: 0 unset, 1 false, 2 true);
// - one word per count (-1 when not given), per text (a string id, NONE when not given) and per
//   date (seconds since 1970; NO_DATE, or OTHER_DATE: held in `otherDates`);
// - the input and the row the kept record was read at.
// The code lives in the CodeIndex, the personal text (applicant) in its own array.
const enumValues: Partial<Record<DossierFieldKind, readonly string[]>> = {
  status: DossierStatus.options,
  channel: Channel.options,
  serviceLevel: ServiceLevel.options,
};

/** Reads and writes one field of a dossier object (compiled with the field's name as a constant: see {@link accessors}). */
interface Access {
  get: (d: object) => unknown;
  put: (d: object, v: unknown) => void;
}

/**
 * One column of the layout. Every column has every property (unused ones zero or empty), so
 * that the loops over the columns see one object shape: a union of shapes would make V8's
 * property lookups megamorphic in the hottest loops of the store.
 */
interface Column extends Access {
  kind: 'code' | 'personal' | 'text' | 'count' | 'date' | 'enum' | 'flag';
  name: string;
  /** `,"name":` (with the opening quote of the value for dates). */
  key: string;
  /** The word of texts, counts and dates. */
  word: number;
  /** The date's slot in `otherDates`. */
  slot: number;
  /** The bit offset of enums and flags in word 0. */
  shift: number;
  /** An enum's values. */
  values: readonly string[];
  /** The JSON of each value of an enum (`,"status":"returned"`) or a flag (false, true). */
  json: readonly string[];
}

const column = (c: Partial<Column> & Pick<Column, 'kind' | 'name'>, access: Access): Column => ({
  kind: c.kind,
  name: c.name,
  key: c.key ?? '',
  word: c.word ?? 0,
  slot: c.slot ?? 0,
  shift: c.shift ?? 0,
  values: c.values ?? [],
  json: c.json ?? [],
  get: access.get,
  put: access.put,
});

/**
 * The accessors of a field, compiled with its name as a constant: a loop that reads and writes
 * properties by a variable name is several times slower in V8 (no inline cache), and these run
 * for every field of every dossier of a million-row import. Built from the field table only.
 */
function accessors(name: string): Access {
  const key = JSON.stringify(name);
  return {
    get: new Function('d', `return d[${key}];`) as Access['get'],
    put: new Function('d', 'v', `d[${key}] = v;`) as Access['put'],
  };
}

const W_ENUMS = 0;
const columns: Column[] = [];
let words = 1;
let bits = 0;
let dateSlots = 0;
for (const f of dossierFieldTable) {
  const key = `,"${f.name}":`;
  const access = accessors(f.name);
  if (f.name === 'code') columns.push(column({ kind: 'code', name: f.name }, access));
  else if ('personal' in f) columns.push(column({ kind: 'personal', name: f.name, key }, access));
  else if (f.kind === 'text' || f.kind === 'count') columns.push(column({ kind: f.kind, name: f.name, key, word: words++ }, access));
  else if (f.kind === 'dateTime') columns.push(column({ kind: 'date', name: f.name, key: `${key}"`, word: words++, slot: dateSlots++ }, access));
  else if (f.kind === 'flag') {
    columns.push(column({ kind: 'flag', name: f.name, shift: bits, json: [`${key}false`, `${key}true`] }, access));
    bits += 2;
  } else {
    const values = enumValues[f.kind] as readonly string[];
    columns.push(column({ kind: 'enum', name: f.name, shift: bits, values, json: values.map((v) => `${key}"${v}"`) }, access));
    bits += 4;
  }
}
const W_INPUT = words++; // which input the kept record came from
const W_ROW = words++; // and its row
const WORDS = words;
const DATES = dateSlots;
if (bits > 31 || Object.values(enumValues).some((v) => v.length > 15) || columns[0]?.kind !== 'code') {
  throw new Error('dossierStore: the field table does not fit the layout (code first; enums and flags in one word)');
}
const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;
const NO_DATE = -0x80000000;
const OTHER_DATE = -0x7fffffff;

/**
 * Canonical dossiers held by columns: 15 numbers a dossier (statuses, channels, flags, dates in
 * seconds, numbered strings for the repeating texts) and the code (in a {@link CodeIndex}).
 * About a fifth of the memory of as many `Dossier` objects, so that a million-row export fits in
 * a few hundred megabytes;
 * each dossier is rebuilt, identical, when read back, or written straight out as JSON Lines.
 */
export class DossierStore {
  private n = 0;
  private readonly pages: Int32Array[] = [];
  private readonly applicants: (string | undefined)[] = [];
  /** Dates outside 1901–2038 (or not whole seconds), by `index * DATES + slot`. */
  private readonly otherDates = new Map<number, number>();
  private readonly strings = new Strings();

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
    let e = 0;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c] as Column;
      const v = col.get(d);
      switch (col.kind) {
        case 'code':
          break;
        case 'personal':
          if (v !== undefined || this.applicants.length > 0) this.applicants[index] = v as string | undefined;
          break;
        case 'text':
          page[w + col.word] = this.strings.id(v as string | undefined);
          break;
        case 'count':
          page[w + col.word] = v === undefined ? -1 : (v as number);
          break;
        case 'date': {
          const ms = v === undefined ? Number.NaN : (v as number);
          const seconds = ms / 1000;
          if (Number.isNaN(ms)) page[w + col.word] = NO_DATE;
          else if (Number.isInteger(seconds) && seconds > OTHER_DATE && seconds <= 0x7fffffff) page[w + col.word] = seconds;
          else {
            page[w + col.word] = OTHER_DATE;
            this.otherDates.set(index * DATES + col.slot, ms);
          }
          break;
        }
        case 'enum':
          if (v !== undefined) e |= (col.values.indexOf(v as string) + 1) << col.shift;
          break;
        case 'flag':
          if (v !== undefined) e |= (v ? 2 : 1) << col.shift;
          break;
      }
    }
    page[w + W_ENUMS] = e;
    page[w + W_INPUT] = input;
    page[w + W_ROW] = row;
    if (index >= this.n) this.n = index + 1;
  }

  /** Where the kept record of dossier `index` was read. */
  where(index: number): { input: number; row: number } {
    const page = this.page(index);
    const w = (index & (PAGE - 1)) * WORDS;
    return { input: page[w + W_INPUT] ?? 0, row: page[w + W_ROW] ?? 0 };
  }

  /** The date of column `col` of dossier `index` in wall milliseconds, or NaN. */
  private date(page: Int32Array, w: number, index: number, col: { word: number; slot: number }): number {
    const v = page[w + col.word] ?? NO_DATE;
    if (v === NO_DATE) return Number.NaN;
    return v === OTHER_DATE ? (this.otherDates.get(index * DATES + col.slot) ?? Number.NaN) : v * 1000;
  }

  /** The dossier at `index`, rebuilt with its keys in the order of domain.md §3 (the field table's). */
  get(index: number): Dossier {
    return this.build(index, false) as Dossier;
  }

  /** The same with its dates as wall milliseconds (as {@link set} takes them). */
  getWall(index: number): WallDossier {
    return this.build(index, true) as WallDossier;
  }

  private build(index: number, wall: boolean): Dossier | WallDossier {
    const page = this.page(index);
    const w = (index & (PAGE - 1)) * WORDS;
    const e = page[w + W_ENUMS] ?? 0;
    const d: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c] as Column;
      switch (col.kind) {
        case 'code':
          col.put(d, this.codes.get(index));
          break;
        case 'personal': {
          const v = this.applicants[index];
          if (v !== undefined) col.put(d, v);
          break;
        }
        case 'text': {
          const v = this.strings.get(page[w + col.word]);
          if (v !== undefined) col.put(d, v);
          break;
        }
        case 'count': {
          const v = page[w + col.word] ?? -1;
          if (v >= 0) col.put(d, v);
          break;
        }
        case 'date': {
          const ms = this.date(page, w, index, col);
          if (!Number.isNaN(ms)) col.put(d, wall ? ms : formatWall(ms));
          break;
        }
        case 'enum': {
          const v = (e >> col.shift) & 15;
          if (v > 0) col.put(d, col.values[v - 1]);
          break;
        }
        case 'flag': {
          const v = (e >> col.shift) & 3;
          if (v !== 0) col.put(d, v === 2);
          break;
        }
      }
    }
    return d as unknown as Dossier | WallDossier;
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
          const id = page[w + col.word] ?? NONE;
          if (id !== NONE) {
            p = ascii(out, p, col.key);
            const bytes = this.strings.jsonBytesOf(id);
            if (bytes.length < 64) for (let k = 0; k < bytes.length; k++) out[p++] = bytes[k] as number;
            else p += bytes.copy(out, p);
          }
          break;
        }
        case 'count': {
          const v = page[w + col.word] ?? -1;
          if (v >= 0) p = ascii(out, p, `${col.key}${v}`);
          break;
        }
        case 'date': {
          const ms = this.date(page, w, index, col);
          if (!Number.isNaN(ms)) {
            p = ascii(out, p, col.key);
            p = writeWall(out, p, ms);
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
