import type { Dossier, DossierStatus, RowIssue, RowLocation } from '@tthc/core';

// issue 3 §4 — one dossier code is one dossier; the most advanced state wins.
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

/** Fields whose disagreement between two inputs is reported (names may be spelt differently). */
const comparedFields = [
  'status',
  'channel',
  'procedureCode',
  'serviceLevel',
  'submittedAt',
  'receivedAt',
  'dueAt',
  'supplementRequestedAt',
  'finishedAt',
  'returnedAt',
] as const satisfies readonly (keyof Dossier)[];

/** Descriptive fields that the kept record takes from the other one when it lacks them. */
const fillableFields = [
  'procedureCode',
  'fieldName',
  'fieldCode',
  'unit',
  'serviceLevel',
  'applicant',
  'supplementRequests',
  'paidOnline',
  'hasDigitizedComponents',
  'hasElectronicResult',
] as const satisfies readonly (keyof Dossier)[];

interface Entry {
  dossier: Dossier;
  path: RowLocation;
}

/** The dossiers of all inputs, one per code, with the disagreements between inputs. */
export class DossierSet {
  private readonly byCode = new Map<string, Entry>();
  readonly conflicts: RowIssue[] = [];

  /** Adds a validated dossier read at `path`; a code seen before is merged, never counted twice. */
  add(dossier: Dossier, path: RowLocation): void {
    const seen = this.byCode.get(dossier.code);
    if (!seen) {
      this.byCode.set(dossier.code, { dossier, path });
      return;
    }
    const replace = statusRank[dossier.status] > statusRank[seen.dossier.status];
    const kept = replace ? { dossier, path } : seen;
    const other = replace ? seen : { dossier, path };
    for (const field of comparedFields) {
      const a = kept.dossier[field];
      const b = other.dossier[field];
      if (a !== undefined && b !== undefined && a !== b) {
        this.conflicts.push({
          code: 'conflict',
          path: other.path,
          dossierCode: dossier.code,
          field,
          input: String(b),
          expected: `${String(a)} (${where(kept.path)})`,
        });
      }
    }
    let merged = kept.dossier;
    for (const field of fillableFields) {
      if (merged[field] === undefined && other.dossier[field] !== undefined) {
        merged = { ...merged, [field]: other.dossier[field] };
      }
    }
    this.byCode.set(dossier.code, { dossier: merged, path: kept.path });
  }

  /** The number of distinct dossiers. */
  get size(): number {
    return this.byCode.size;
  }

  /** The dossiers in the order their codes were first read. */
  values(): Dossier[] {
    return Array.from(this.byCode.values(), (e) => e.dossier);
  }
}

function where(path: RowLocation): string {
  return [path.file, path.sheet, path.row === undefined ? undefined : `#${path.row}`].filter(Boolean).join(' ');
}
