import { Channel, DossierStatus, ServiceLevel, parseLocalDateTime, type Dossier } from '@tthc/core';
import { canonicalToWall, formatWall } from '../presets/parseDate';

const statuses = DossierStatus.options;
const channels = Channel.options;
const levels = ServiceLevel.options;
const dateFields = ['submittedAt', 'receivedAt', 'dueAt', 'supplementRequestedAt', 'finishedAt', 'returnedAt'] as const;
const textFields = ['procedureCode', 'fieldName', 'fieldCode', 'unit'] as const;
const flagFields = ['paidOnline', 'hasDigitizedComponents', 'hasElectronicResult'] as const;
const NONE = 0xffffffff;

/** Strings that repeat (procedure names, fields, units) held once, by number. */
class Strings {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  id(s: string | undefined): number {
    if (s === undefined) return NONE;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(s, id);
      this.values.push(s);
    }
    return id;
  }
  get(id: number | undefined): string | undefined {
    return id === undefined || id === NONE ? undefined : this.values[id];
  }
}

function grow<T extends Float64Array | Uint32Array | Uint8Array | Int32Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Canonical dossiers held by columns: typed arrays for statuses, channels, dates (wall
 * milliseconds) and flags, numbered strings for the repeating texts. About a third of the memory
 * of as many `Dossier` objects, so that a million-row export fits in a few hundred megabytes;
 * each dossier is rebuilt, identical, when read back.
 */
export class DossierStore {
  private n = 0;
  private readonly codes: string[] = [];
  private readonly names: string[] = [];
  private readonly applicants: (string | undefined)[] = [];
  private enums = new Uint8Array(1024); // status | channel << 4 ; service level + 1 in the next array
  private levels = new Uint8Array(1024);
  private flags = new Uint8Array(1024); // 2 bits per flag: 0 unset, 1 false, 2 true
  private supplements = new Int32Array(1024);
  private texts = new Uint32Array(1024 * textFields.length);
  private dates = new Float64Array(1024 * dateFields.length);
  private readonly strings = new Strings();

  get size(): number {
    return this.n;
  }

  /** Stores a dossier at `index` (`index === size` appends). */
  set(index: number, d: Dossier): void {
    const need = index + 1;
    this.enums = grow(this.enums, need);
    this.levels = grow(this.levels, need);
    this.flags = grow(this.flags, need);
    this.supplements = grow(this.supplements, need);
    this.texts = grow(this.texts, need * textFields.length);
    this.dates = grow(this.dates, need * dateFields.length);
    this.codes[index] = d.code;
    this.names[index] = this.strings.get(this.strings.id(d.procedureName)) as string;
    if (d.applicant !== undefined || this.applicants.length > 0) this.applicants[index] = d.applicant;
    this.enums[index] = statuses.indexOf(d.status) | (channels.indexOf(d.channel) << 4);
    this.levels[index] = d.serviceLevel === undefined ? 0 : levels.indexOf(d.serviceLevel) + 1;
    let f = 0;
    flagFields.forEach((field, k) => {
      const v = d[field];
      if (v !== undefined) f |= (v ? 2 : 1) << (2 * k);
    });
    this.flags[index] = f;
    this.supplements[index] = d.supplementRequests ?? -1;
    textFields.forEach((field, k) => {
      this.texts[index * textFields.length + k] = this.strings.id(d[field]);
    });
    dateFields.forEach((field, k) => {
      const v = d[field];
      this.dates[index * dateFields.length + k] =
        v === undefined ? Number.NaN : (canonicalToWall(v) ?? parseLocalDateTime(v) ?? Number.NaN);
    });
    if (index >= this.n) this.n = index + 1;
  }

  /** The dossier at `index`, rebuilt with its keys in the order of domain.md §3 (the schema's). */
  get(index: number): Dossier {
    const e = this.enums[index] ?? 0;
    const t = index * textFields.length;
    const d: Partial<Dossier> = { code: this.codes[index] as string };
    const procedureCode = this.strings.get(this.texts[t]);
    if (procedureCode !== undefined) d.procedureCode = procedureCode;
    d.procedureName = this.names[index] as string;
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
    dateFields.forEach((field, k) => {
      const ms = this.dates[index * dateFields.length + k] ?? Number.NaN;
      if (!Number.isNaN(ms)) d[field] = formatWall(ms);
    });
    const s = this.supplements[index] ?? -1;
    if (s >= 0) d.supplementRequests = s;
    const applicant = this.applicants[index];
    if (applicant !== undefined) d.applicant = applicant;
    const f = this.flags[index] ?? 0;
    flagFields.forEach((field, k) => {
      const v = (f >> (2 * k)) & 3;
      if (v !== 0) d[field] = v === 2;
    });
    return d as Dossier;
  }
}
