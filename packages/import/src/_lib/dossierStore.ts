import { Channel, DossierStatus, ServiceLevel, parseLocalDateTime, type Dossier } from '@tthc/core';
import { canonicalToWall, formatWall } from '../presets/parseDate';

const statuses = DossierStatus.options;
const channels = Channel.options;
const levels = ServiceLevel.options;
const dateFields = ['submittedAt', 'receivedAt', 'dueAt', 'supplementRequestedAt', 'finishedAt', 'returnedAt'] as const;
const textFields = ['procedureCode', 'fieldName', 'fieldCode', 'unit'] as const;
const flagFields = ['paidOnline', 'hasDigitizedComponents', 'hasElectronicResult'] as const;
const NONE = 0xffffffff;

/** Strings that repeat (procedure names, fields, units) held once, by number, with their JSON. */
class Strings {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  private readonly json: string[] = [];
  id(s: string | undefined): number {
    if (s === undefined) return NONE;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(s, id);
      this.values.push(s);
      this.json.push(jsonString(s));
    }
    return id;
  }
  get(id: number | undefined): string | undefined {
    return id === undefined || id === NONE ? undefined : this.values[id];
  }
  /** The JSON text of string `id` (`id` must be set). */
  jsonOf(id: number): string {
    return this.json[id] as string;
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
const dateKeys = dateFields.map((f) => `,"${f}":"`);
const flagKeys = flagFields.map((f) => `,"${f}":`);

/**
 * Canonical dossiers held by columns: typed arrays for statuses, channels, dates (wall
 * milliseconds) and flags, numbered strings for the repeating texts. About a third of the memory
 * of as many `Dossier` objects, so that a million-row export fits in a few hundred megabytes;
 * each dossier is rebuilt, identical, when read back, or written straight out as JSON Lines.
 */
export class DossierStore {
  private n = 0;
  private capacity = 0;
  private readonly codes: string[] = [];
  private readonly applicants: (string | undefined)[] = [];
  private names = new Uint32Array(0);
  private enums = new Uint8Array(0); // status | channel << 4
  private levels = new Uint8Array(0); // service level + 1, 0 = none given
  private flags = new Uint8Array(0); // 2 bits per flag: 0 unset, 1 false, 2 true
  private supplements = new Int32Array(0);
  private texts = new Uint32Array(0);
  private dates = new Float64Array(0);
  private readonly strings = new Strings();

  get size(): number {
    return this.n;
  }

  private grow(need: number): void {
    const capacity = Math.max(need, 1024, Math.ceil(this.capacity * 1.5));
    const resize = <T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(a: T, per: number): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity * per);
      b.set(a);
      return b;
    };
    this.names = resize(this.names, 1);
    this.enums = resize(this.enums, 1);
    this.levels = resize(this.levels, 1);
    this.flags = resize(this.flags, 1);
    this.supplements = resize(this.supplements, 1);
    this.texts = resize(this.texts, textFields.length);
    this.dates = resize(this.dates, dateFields.length);
    this.capacity = capacity;
  }

  /** Stores a dossier at `index` (`index === size` appends). */
  set(index: number, d: Dossier): void {
    if (index >= this.capacity) this.grow(index + 1);
    this.codes[index] = d.code;
    this.names[index] = this.strings.id(d.procedureName);
    if (d.applicant !== undefined || this.applicants.length > 0) this.applicants[index] = d.applicant;
    this.enums[index] = (statusIndex.get(d.status) ?? 0) | ((channelIndex.get(d.channel) ?? 0) << 4);
    this.levels[index] = d.serviceLevel === undefined ? 0 : (levelIndex.get(d.serviceLevel) ?? 0) + 1;
    let f = 0;
    for (let k = 0; k < flagFields.length; k++) {
      const v = d[flagFields[k] as (typeof flagFields)[number]];
      if (v !== undefined) f |= (v ? 2 : 1) << (2 * k);
    }
    this.flags[index] = f;
    this.supplements[index] = d.supplementRequests ?? -1;
    const t = index * textFields.length;
    for (let k = 0; k < textFields.length; k++) this.texts[t + k] = this.strings.id(d[textFields[k] as (typeof textFields)[number]]);
    const at = index * dateFields.length;
    for (let k = 0; k < dateFields.length; k++) {
      const v = d[dateFields[k] as (typeof dateFields)[number]];
      this.dates[at + k] = v === undefined ? Number.NaN : (canonicalToWall(v) ?? parseLocalDateTime(v) ?? Number.NaN);
    }
    if (index >= this.n) this.n = index + 1;
  }

  /** The dossier at `index`, rebuilt with its keys in the order of domain.md §3 (the schema's). */
  get(index: number): Dossier {
    const e = this.enums[index] ?? 0;
    const t = index * textFields.length;
    const d: Partial<Dossier> = { code: this.codes[index] as string };
    const procedureCode = this.strings.get(this.texts[t]);
    if (procedureCode !== undefined) d.procedureCode = procedureCode;
    d.procedureName = this.strings.get(this.names[index]) as string;
    const fieldName = this.strings.get(this.texts[t + 1]);
    if (fieldName !== undefined) d.fieldName = fieldName;
    const fieldCode = this.strings.get(this.texts[t + 2]);
    if (fieldCode !== undefined) d.fieldCode = fieldCode;
    const unit = this.strings.get(this.texts[t + 3]);
    if (unit !== undefined) d.unit = unit;
    d.channel = channels[e >> 4] as Dossier['channel'];
    const level = this.levels[index] ?? 0;
    if (level > 0) d.serviceLevel = levels[level - 1];
    d.status = statuses[e & 15] as Dossier['status'];
    for (let k = 0; k < dateFields.length; k++) {
      const ms = this.dates[index * dateFields.length + k] ?? Number.NaN;
      if (!Number.isNaN(ms)) d[dateFields[k] as (typeof dateFields)[number]] = formatWall(ms);
    }
    const s = this.supplements[index] ?? -1;
    if (s >= 0) d.supplementRequests = s;
    const applicant = this.applicants[index];
    if (applicant !== undefined) d.applicant = applicant;
    const f = this.flags[index] ?? 0;
    for (let k = 0; k < flagFields.length; k++) {
      const v = (f >> (2 * k)) & 3;
      if (v !== 0) d[flagFields[k] as (typeof flagFields)[number]] = v === 2;
    }
    return d as Dossier;
  }

  /**
   * The line `JSON.stringify(get(index))` + newline, written straight from the columns (no
   * dossier object; the JSON of repeating texts is made once).
   */
  jsonLine(index: number): string {
    const e = this.enums[index] ?? 0;
    const t = index * textFields.length;
    let line = `{"code":${jsonString(this.codes[index] as string)}`;
    const text = (key: string, id: number | undefined) =>
      id === undefined || id === NONE ? '' : `,"${key}":${this.strings.jsonOf(id)}`;
    line += text('procedureCode', this.texts[t]);
    line += text('procedureName', this.names[index]);
    line += text('fieldName', this.texts[t + 1]);
    line += text('fieldCode', this.texts[t + 2]);
    line += text('unit', this.texts[t + 3]);
    line += `,"channel":"${channels[e >> 4] as string}"`;
    const level = this.levels[index] ?? 0;
    if (level > 0) line += `,"serviceLevel":"${levels[level - 1] as string}"`;
    line += `,"status":"${statuses[e & 15] as string}"`;
    for (let k = 0; k < dateFields.length; k++) {
      const ms = this.dates[index * dateFields.length + k] ?? Number.NaN;
      if (!Number.isNaN(ms)) line += `${dateKeys[k] as string}${formatWall(ms)}"`;
    }
    const s = this.supplements[index] ?? -1;
    if (s >= 0) line += `,"supplementRequests":${s}`;
    const applicant = this.applicants[index];
    if (applicant !== undefined) line += `,"applicant":${jsonString(applicant)}`;
    const f = this.flags[index] ?? 0;
    for (let k = 0; k < flagFields.length; k++) {
      const v = (f >> (2 * k)) & 3;
      if (v !== 0) line += `${flagKeys[k] as string}${v === 2 ? 'true' : 'false'}`;
    }
    return `${line}}\n`;
  }
}
