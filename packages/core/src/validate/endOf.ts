// domain.md §4 — endAt = finishedAt, else returnedAt (the portal's priority).
/** The end time of a dossier's dates (texts, or wall milliseconds) and which field it came from, if any. */
export function endOf<T extends string | number = string>(
  dates: { finishedAt?: T | undefined; returnedAt?: T | undefined },
): { at: T; field: 'finishedAt' | 'returnedAt' } | undefined {
  const { finishedAt, returnedAt } = dates;
  if (finishedAt !== undefined && finishedAt !== '') return { at: finishedAt, field: 'finishedAt' };
  if (returnedAt !== undefined && returnedAt !== '') return { at: returnedAt, field: 'returnedAt' };
  return undefined;
}
