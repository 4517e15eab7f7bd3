import { dossierFieldsWith, formatLocalDateTime, type Dossier, type DossierStatus, type RowIssue, type RowLocation, type WallDossier } from '@tthc/core';
import { CodeIndex } from './codeIndex';
import { DossierStore } from './dossierStore';

// domain.md §3 (several inputs) — one dossier code is one dossier; the most advanced state wins.
/** How far a status has gone: a later stage beats an earlier one when inputs disagree. */
const statusRank: Readonly<Record<DossierStatus, number>> = {
  registered: 0,
  accepted: 1,
  supplementRequested: 2,
  financialObligation: 2,
  processing: 2,
  notAccepted: 3,
  withdrawn: 3,
  stopped: 3,
  processed: 4,
  returned: 5,
};

/** Fields whose disagreement between two inputs is reported, and fields the kept record takes from the other (the field table's). */
const comparedFields = dossierFieldsWith('compared') as (keyof WallDossier)[];
const fillableFields = dossierFieldsWith('fillable') as (keyof WallDossier)[];

/**
 * The dossiers of all inputs, one per code, with the disagreements between inputs. The dossiers
 * and where each was read are held compactly (a {@link DossierStore}, input and row numbers),
 * since a million of them may sit here.
 */
export class DossierSet {
  private readonly codes = new CodeIndex();
  private readonly store = new DossierStore(this.codes);
  private readonly inputs: Omit<RowLocation, 'row'>[] = [];
  readonly conflicts: RowIssue[] = [];

  /** Starts a new input; its rows are then added with {@link add}. */
  beginInput(location: Omit<RowLocation, 'row'>): void {
    this.inputs.push(location);
  }

  private where(input: number, row: number): RowLocation {
    return { ...this.inputs[input], row } as RowLocation;
  }

  /**
   * Adds a validated dossier (dates as wall milliseconds) read at `row` of the current input; a
   * code seen before is merged.
   *
   * @returns whether the code was new (false: merged into the dossier of that code)
   */
  add(dossier: WallDossier, row: number): boolean {
    const input = this.inputs.length - 1;
    const { index: at, added } = this.codes.intern(dossier.code);
    if (added) {
      this.store.set(at, dossier, input, row);
      return true;
    }
    const seen = this.store.getWall(at);
    const seenWhere = this.store.where(at);
    const replace = statusRank[dossier.status] > statusRank[seen.status];
    const kept = replace ? { dossier, ...{ input, row } } : { dossier: seen, ...seenWhere };
    const other = replace ? { dossier: seen, ...seenWhere } : { dossier, ...{ input, row } };
    for (const field of comparedFields) {
      const a = kept.dossier[field];
      const b = other.dossier[field];
      if (a !== undefined && b !== undefined && a !== b) {
        this.conflicts.push({
          code: 'conflict',
          path: this.where(other.input, other.row),
          dossierCode: dossier.code,
          field,
          input: valueText(b),
          expected: `${valueText(a)} (${describe(this.where(kept.input, kept.row))})`,
        });
      }
    }
    let merged = kept.dossier;
    for (const field of fillableFields) {
      if (merged[field] === undefined && other.dossier[field] !== undefined) {
        merged = { ...merged, [field]: other.dossier[field] };
      }
    }
    this.store.set(at, merged, kept.input, kept.row);
    return false;
  }

  /** The number of distinct dossiers. */
  get size(): number {
    return this.store.size;
  }

  /** The dossiers in the order their codes were first read, rebuilt one at a time. */
  *dossiers(): IterableIterator<Dossier> {
    for (let i = 0; i < this.store.size; i++) yield this.store.get(i);
  }

  /** The same with their dates as wall milliseconds, as the store holds them (nothing formatted). */
  *wallDossiers(): IterableIterator<WallDossier> {
    for (let i = 0; i < this.store.size; i++) yield this.store.getWall(i);
  }

  /** The same as JSON Lines, UTF-8, in new buffers of about 256 kB (see {@link DossierStore.jsonLineInto}). */
  *jsonLines(): IterableIterator<Buffer> {
    const size = 1 << 18;
    let out = Buffer.allocUnsafeSlow(size);
    let at = 0;
    for (let i = 0; i < this.store.size; i++) {
      const need = this.store.jsonLineBound(i);
      if (at + need > out.length) {
        if (at > 0) yield out.subarray(0, at);
        out = Buffer.allocUnsafeSlow(Math.max(size, need));
        at = 0;
      }
      at = this.store.jsonLineInto(i, out, at);
    }
    if (at > 0) yield out.subarray(0, at);
  }
}

/** A compared value as the messages quote it: a date as its local `YYYY-MM-DDTHH:mm:ss`. */
function valueText(v: string | number | boolean): string {
  return typeof v === 'number' ? formatLocalDateTime(v) : String(v);
}

function describe(path: RowLocation): string {
  return [path.file, path.sheet, path.row === undefined ? undefined : `#${path.row}`].filter(Boolean).join(' ');
}
