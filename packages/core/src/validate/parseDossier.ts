import type { Dossier } from '../schemas/dossier';
import type { RowIssue, RowLocation } from '../issues/rowIssue';
import { InvalidDossierError } from './invalidDossierError';
import { validateDossier, type ValidateDossierOptions } from './validateDossier';

/** Options of {@link parseDossier} and {@link safeParseDossier}. */
export interface ParseDossierOptions extends Omit<ValidateDossierOptions, 'wallDates'> {
  /** Where the record came from, for the issues. Default `{ file: 'dossier' }`. */
  location?: RowLocation;
}

/** What {@link safeParseDossier} returns. */
export type SafeParseDossierResult =
  | { success: true; data: Dossier; warnings: RowIssue[] }
  | { success: false; error: InvalidDossierError };

const DEFAULT_LOCATION: RowLocation = { file: 'dossier' };

/**
 * Checks a record against the canonical dossier (domain.md §3, the rules of §7) and gives it in
 * canonical form: trimmed texts, identifiers for the status, channel and service level (portal
 * codes are read), `YYYY-MM-DDTHH:mm:ss` date-times, keys in table order. The same verdict as the
 * zod schema `Dossier` on canonical records; warnings (e.g. no channel, read as direct) are
 * dropped here — {@link safeParseDossier} gives them.
 *
 * @param record - the raw record (e.g. a parsed JSON line or an n8n item's json)
 * @param options - see {@link ParseDossierOptions}
 * @returns the dossier
 * @throws InvalidDossierError (an `InputError`) with the row issues
 * @example
 * parseDossier({ code: 'A1', procedureName: 'Đăng ký khai sinh', status: 10, channel: 1,
 *   receivedAt: '2026-01-05T08:00', dueAt: '2026-01-05T17:00', returnedAt: '2026-01-05T10:00' }).status // 'returned'
 */
export function parseDossier(record: unknown, options: ParseDossierOptions = {}): Dossier {
  const result = safeParseDossier(record, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The twin of {@link parseDossier} that never throws for a bad record.
 *
 * @param record - the raw record
 * @param options - see {@link ParseDossierOptions}
 * @returns `{ success: true, data, warnings }` or `{ success: false, error }`
 * @example
 * const r = safeParseDossier({ code: 'A1', procedureName: 'X', status: 'processing', channel: 'online',
 *   receivedAt: '2026-02-30T10:00', dueAt: '2026-03-05T17:00' });
 * r.success // false: 30/02 is not a date (error.issues[0].code === 'invalid_date')
 */
export function safeParseDossier(record: unknown, options: ParseDossierOptions = {}): SafeParseDossierResult {
  const location = options.location ?? DEFAULT_LOCATION;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { success: false, error: new InvalidDossierError([{ code: 'invalid_syntax', path: location, expected: 'a JSON object' }]) };
  }
  const result = validateDossier(record as Record<string, unknown>, location, {
    ...(options.keepApplicant === undefined ? {} : { keepApplicant: options.keepApplicant }),
  });
  return result.ok
    ? { success: true, data: result.dossier, warnings: result.warnings }
    : { success: false, error: new InvalidDossierError(result.issues) };
}
