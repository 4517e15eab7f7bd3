import { InputError, formatZodIssues } from '@tthc/core';
import { renderInputErrors } from '../renderInputErrors';
import { type Notes, Profile } from './profileSchema';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    // Own keys only, and never the prototype's: a notes file cannot reach Object.prototype.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    out[key] = deepMerge(base[key], value);
  }
  return out;
}

/**
 * Merges a period's notes over a profile: objects merge key by key, lists and texts replace.
 * `documentNumber` and `documentDate` are not part of the profile and are left out.
 *
 * @param profile - the unit's profile
 * @param notes - the period's notes (optional)
 * @returns a new profile; the inputs are not changed
 * @throws InputError when the merged profile breaks the schema
 * @example
 * const merged = mergeNotes(profile, { narrative: { achievements: ['…'] } });
 */
export function mergeNotes(profile: Profile, notes?: Notes): Profile {
  if (notes === undefined) return profile;
  const { documentNumber: _n, documentDate: _d, ...rest } = notes;
  void _n;
  void _d;
  const result = Profile.safeParse(deepMerge(profile, rest));
  if (!result.success) {
    throw new InputError(renderInputErrors.notes_break_profile, { params: { issues: formatZodIssues(result.error) }, cause: result.error });
  }
  return result.data;
}
