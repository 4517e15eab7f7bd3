import { Channel, DossierStatus, ServiceLevel, type Dossier, type WallDossier } from '@tthc/core';
import { formatWall, writeWall } from '../presets/parseDate';
import type { CodeIndex } from './codeIndex';

const statuses = DossierStatus.options;
const channels = Channel.options;
const levels = ServiceLevel.options;
const dateFields = ['submittedAt', 'receivedAt', 'dueAt', 'supplementRequestedAt', 'finishedAt', 'returnedAt'] as const;
const textFields = ['procedureCode', 'fieldName', 'fieldCode', 'unit'] as const;
const flagFields = ['paidOnline', 'hasDigitizedComponents', 'hasElectronicResult'] as const;
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

const statusIndex = new Map<string, number>(statuses.map((s, i) => [s, i]));
const channelIndex = new Map<string, number>(channels.map((c, i) => [c, i]));
const levelIndex = new Map<string, number>(levels.map((l, i) => [l, i]));
const channelJson = channels.map((c) => `,"channel":"${c}"`);
const levelJson = levels.map((l) => `,"serviceLevel":"${l}"`);
const statusJson = statuses.map((s) => `,"status":"${s}"`);

/** Writes an ASCII text's characters as bytes at `at`; returns where it ends. */
function ascii(out: Buffer, at: number, text: string): number {
  for (let k = 0; k < text.length; k++) out[at + k] = text.charCodeAt(k);
  return at + text.length;
}

const dateKeys = dateFields.map((f) => `,"${f}":"`);
const flagKeys = flagFields.map((f) => `,"${f}":`);

// One dossier is 15 32-bit words of a page (pages of 16 384 dossiers: the store never copies
// itself to grow, and wastes at most one page):
const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;
const W_NAME = 0; // procedure name id
const W_ENUMS = 1; // status | channel << 4 | (service level + 1) << 8 | flags << 12 (2 bits each: 0 unset, 1 false, 2 true)
const W_SUPPLEMENTS = 2; // supplementRequests, -1 when not given
const W_TEXTS = 3; // 4 text ids (NONE when not given)
const W_DATES = 7; // 6 dates as seconds since 1970 (NO_DATE, or OTHER_DATE: held in `otherDates`)
const W_INPUT = 13; // which input the kept record came from
const W_ROW = 14; // and its row
const WORDS = 15;
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
  /** Dates outside 1901–2038 (or not whole seconds), by `index * 6 + k`. */
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
    page[w + W_NAME] = this.strings.id(d.procedureName);
    if (d.applicant !== undefined || this.applicants.length > 0) this.applicants[index] = d.applicant;
    let e = (statusIndex.get(d.status) ?? 0) | ((channelIndex.get(d.channel) ?? 0) << 4);
    if (d.serviceLevel !== undefined) e |= ((levelIndex.get(d.serviceLevel) ?? 0) + 1) << 8;
    for (let k = 0; k < flagFields.length; k++) {
      const v = d[flagFields[k] as (typeof flagFields)[number]];
      if (v !== undefined) e |= (v ? 2 : 1) << (12 + 2 * k);
    }
    page[w + W_ENUMS] = e;
    page[w + W_SUPPLEMENTS] = d.supplementRequests ?? -1;
    for (let k = 0; k < textFields.length; k++) page[w + W_TEXTS + k] = this.strings.id(d[textFields[k] as (typeof textFields)[number]]);
    for (let k = 0; k < dateFields.length; k++) {
      const ms = d[dateFields[k] as (typeof dateFields)[number]] ?? Number.NaN;
      const seconds = ms / 1000;
      if (Number.isNaN(ms)) page[w + W_DATES + k] = NO_DATE;
      else if (Number.isInteger(seconds) && seconds > OTHER_DATE && seconds <= 0x7fffffff) page[w + W_DATES + k] = seconds;
      else {
        page[w + W_DATES + k] = OTHER_DATE;
        this.otherDates.set(index * dateFields.length + k, ms);
      }
    }
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

  /** Date `k` of dossier `index` in wall milliseconds, or NaN. */
  private date(page: Int32Array, w: number, index: number, k: number): number {
    const v = page[w + W_DATES + k] ?? NO_DATE;
    if (v === NO_DATE) return Number.NaN;
    return v === OTHER_DATE ? (this.otherDates.get(index * dateFields.length + k) ?? Number.NaN) : v * 1000;
  }

  /** The dossier at `index`, rebuilt with its keys in the order of domain.md §3 (the schema's). */
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
    const d: Record<string, unknown> = { code: this.codes.get(index) };
    const procedureCode = this.strings.get(page[w + W_TEXTS]);
    if (procedureCode !== undefined) d.procedureCode = procedureCode;
    d.procedureName = this.strings.get(page[w + W_NAME]) as string;
    const fieldName = this.strings.get(page[w + W_TEXTS + 1]);
    if (fieldName !== undefined) d.fieldName = fieldName;
    const fieldCode = this.strings.get(page[w + W_TEXTS + 2]);
    if (fieldCode !== undefined) d.fieldCode = fieldCode;
    const unit = this.strings.get(page[w + W_TEXTS + 3]);
    if (unit !== undefined) d.unit = unit;
    d.channel = channels[(e >> 4) & 15] as Dossier['channel'];
    const level = (e >> 8) & 15;
    if (level > 0) d.serviceLevel = levels[level - 1];
    d.status = statuses[e & 15] as Dossier['status'];
    for (let k = 0; k < dateFields.length; k++) {
      const ms = this.date(page, w, index, k);
      if (!Number.isNaN(ms)) d[dateFields[k] as (typeof dateFields)[number]] = wall ? ms : formatWall(ms);
    }
    const s = page[w + W_SUPPLEMENTS] ?? -1;
    if (s >= 0) d.supplementRequests = s;
    const applicant = this.applicants[index];
    if (applicant !== undefined) d.applicant = applicant;
    for (let k = 0; k < flagFields.length; k++) {
      const v = (e >> (12 + 2 * k)) & 3;
      if (v !== 0) d[flagFields[k] as (typeof flagFields)[number]] = v === 2;
    }
    return d as unknown as Dossier | WallDossier;
  }

  /** An upper bound of the length of {@link jsonLineInto}'s line: the code and the applicant escaped at worst, five texts. */
  jsonLineBound(index: number): number {
    const applicant = this.applicants[index];
    return 1000 + this.codes.byteLength(index) * 6 + (applicant === undefined ? 0 : applicant.length * 6) + 5 * this.strings.longestJson;
  }

  /**
   * Writes the line `JSON.stringify(get(index))` + newline as UTF-8 into `out` from `at` (which
   * must have {@link jsonLineBound} bytes of room), straight from the columns: no dossier object,
   * the texts' bytes copied as they were encoded once. Returns where the line ends.
   */
  jsonLineInto(index: number, out: Buffer, at: number): number {
    const page = this.page(index);
    const w = (index & (PAGE - 1)) * WORDS;
    const applicant = this.applicants[index];
    const e = page[w + W_ENUMS] ?? 0;
    let p = ascii(out, at, '{"code":');
    p = this.codes.jsonInto(index, out, p);
    p = this.textInto('procedureCode', page[w + W_TEXTS], out, p);
    p = this.textInto('procedureName', page[w + W_NAME], out, p);
    p = this.textInto('fieldName', page[w + W_TEXTS + 1], out, p);
    p = this.textInto('fieldCode', page[w + W_TEXTS + 2], out, p);
    p = this.textInto('unit', page[w + W_TEXTS + 3], out, p);
    p = ascii(out, p, channelJson[(e >> 4) & 15] as string);
    const level = (e >> 8) & 15;
    if (level > 0) p = ascii(out, p, levelJson[level - 1] as string);
    p = ascii(out, p, statusJson[e & 15] as string);
    for (let k = 0; k < dateFields.length; k++) {
      const ms = this.date(page, w, index, k);
      if (!Number.isNaN(ms)) {
        p = ascii(out, p, dateKeys[k] as string);
        p = writeWall(out, p, ms);
        out[p++] = 0x22;
      }
    }
    const s = page[w + W_SUPPLEMENTS] ?? -1;
    if (s >= 0) p = ascii(out, p, `,"supplementRequests":${s}`);
    if (applicant !== undefined) p += out.write(`,"applicant":${jsonString(applicant)}`, p, 'utf8');
    for (let k = 0; k < flagFields.length; k++) {
      const v = (e >> (12 + 2 * k)) & 3;
      if (v !== 0) p = ascii(out, p, `${flagKeys[k] as string}${v === 2 ? 'true' : 'false'}`);
    }
    out[p++] = 0x7d; // }
    out[p++] = 0x0a;
    return p;
  }

  private textInto(key: string, id: number | undefined, out: Buffer, at: number): number {
    if (id === undefined || id === NONE) return at;
    let p = ascii(out, at, `,"${key}":`);
    const bytes = this.strings.jsonBytesOf(id);
    if (bytes.length < 64) for (let k = 0; k < bytes.length; k++) out[p++] = bytes[k] as number;
    else p += bytes.copy(out, p);
    return p;
  }
}
