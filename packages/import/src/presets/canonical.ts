import { dossierDateFields, dossierFields } from '@tthc/core';
import { cleanText } from '../_lib/cleanText';

const canonicalFields = new Set<string>(dossierFields);
const dateFields = new Set<string>(dossierDateFields);

/** Does an object use the canonical field names of domain.md §3? */
export function looksCanonical(value: Readonly<Record<string, unknown>>): boolean {
  return 'code' in value && ('status' in value || 'procedureName' in value);
}

/**
 * A canonical object as a record for `validateDossier`: its text cleaned (NFC, no control
 * characters, legacy encodings converted); unknown keys are dropped. A date written as a number
 * is handed on as its text, so that it is refused (`invalid_date`) rather than read as wall
 * milliseconds: `"receivedAt": 20260105` in a file is not a time to guess.
 */
export function canonicalRecord(value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!canonicalFields.has(key)) continue;
    record[key] = typeof v === 'string' ? cleanText(v) : typeof v === 'number' && dateFields.has(key) ? String(v) : v;
  }
  return record;
}
