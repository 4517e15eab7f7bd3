import type { Dossier } from '../schemas/dossier';

// domain.md §4 — endAt = finishedAt, else returnedAt (the portal's priority).
/** The end time of a dossier's dates and which field it came from, if any. */
export function endOf(
  dates: Pick<Partial<Dossier>, 'finishedAt' | 'returnedAt'>,
): { at: string; field: 'finishedAt' | 'returnedAt' } | undefined {
  if (dates.finishedAt) return { at: dates.finishedAt, field: 'finishedAt' };
  if (dates.returnedAt) return { at: dates.returnedAt, field: 'returnedAt' };
  return undefined;
}
