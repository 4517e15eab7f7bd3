import {
  dossierFields,
  formatLocalDateTime,
  formatLocalDate,
  type Dossier,
} from '../../../packages/core/src/index';
import type { Draft } from './build';
import type { Rng } from './prng';

/** Where a dossier is handled: the system whose id starts its code, and the unit the export names. */
export interface Placement {
  systemId(d: Draft, receivedOrSubmitted: number): string;
  unit(d: Draft, index: number): string;
}

/** Turns drafts into canonical dossiers: unit, code `systemId-yyMMdd-NNNN` (per system and day), fields in schema order. */
export function toDossiers(drafts: readonly Draft[], rng: Rng, place: Placement): Dossier[] {
  const at = (d: Draft) => d.received ?? d.submitted;
  const ordered = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => at(a.d) - at(b.d) || a.i - b.i)
    .map(({ d }) => d);
  const sequences = new Map<string, number>();
  return ordered.map((d, index) => {
    const systemId = place.systemId(d, at(d));
    const yymmdd = formatLocalDate(at(d)).slice(2).replaceAll('-', '');
    const key = `${systemId}-${yymmdd}`;
    const seq = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, seq);
    const time = (ms: number | undefined) => (ms === undefined ? undefined : formatLocalDateTime(ms));
    const received = d.received !== undefined;
    const raw: Record<string, unknown> = {
      code: `${key}-${String(seq).padStart(4, '0')}`,
      procedureCode: d.procedure.code,
      procedureName: d.procedure.name,
      fieldName: d.procedure.field,
      unit: place.unit(d, index),
      channel: d.channel,
      serviceLevel: d.procedure.serviceLevel,
      status: d.status,
      submittedAt: time(d.submitted),
      receivedAt: time(d.received),
      dueAt: time(d.due),
      supplementRequestedAt: time(d.supplementRequested),
      finishedAt: time(d.finished),
      returnedAt: time(d.returned),
      supplementRequests: d.supplementRequested === undefined ? undefined : 1,
      applicant: d.applicant,
      paidOnline: received && d.channel === 'online' ? rng() < 0.45 : undefined,
      hasDigitizedComponents: received ? rng() < (d.channel === 'online' ? 0.9 : 0.35) : undefined,
      hasElectronicResult:
        d.status === 'processed' || d.status === 'returned' ? d.procedure.serviceLevel === 'full' && rng() < 0.6 : undefined,
    };
    const dossier: Record<string, unknown> = {};
    for (const field of dossierFields) if (raw[field] !== undefined) dossier[field] = raw[field];
    return dossier as Dossier;
  });
}
