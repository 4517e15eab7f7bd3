import { InputError, formatZodIssues } from '@tthc/core';
import { parse as parseYaml } from 'yaml';
import { renderInputErrors } from '../renderInputErrors';
import { Notes, Profile } from './profileSchema';

function readDocument(text: string, fileName: string): unknown {
  try {
    // YAML 1.2 is a superset of JSON: one parser reads both.
    return parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new InputError(renderInputErrors.unreadable_document, { path: { file: fileName }, params: { detail }, cause });
  }
}

/**
 * Reads a unit profile (YAML or JSON) and checks it against the `Profile` schema.
 *
 * @param text - the file's text
 * @param fileName - the file's name, used in error messages
 * @returns the profile
 * @throws InputError naming the file and every wrong or missing key
 * @example
 * const profile = parseProfile(readFileSync('profile.yaml', 'utf8'), 'profile.yaml');
 */
export function parseProfile(text: string, fileName: string): Profile {
  const result = Profile.safeParse(readDocument(text, fileName));
  if (!result.success) {
    throw new InputError(renderInputErrors.invalid_profile, {
      path: { file: fileName },
      params: { issues: formatZodIssues(result.error) },
      cause: result.error,
    });
  }
  return result.data;
}

/**
 * Reads a period's notes file (YAML or JSON): any part of the profile plus `documentNumber`
 * and `documentDate`. The result is checked again once merged (see `mergeNotes`).
 *
 * @param text - the file's text
 * @param fileName - the file's name, used in error messages
 * @returns the notes
 * @throws InputError naming the file and the wrong keys
 * @example
 * const notes = parseNotes('documentNumber: 15\n', 'notes.yaml');
 */
export function parseNotes(text: string, fileName: string): Notes {
  const doc = readDocument(text, fileName) ?? {};
  const result = Notes.safeParse(doc);
  if (!result.success) {
    throw new InputError(renderInputErrors.invalid_notes, {
      path: { file: fileName },
      params: { issues: formatZodIssues(result.error) },
      cause: result.error,
    });
  }
  return result.data;
}
