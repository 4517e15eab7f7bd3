import { InputError } from '@tthc/core';
import { parse as parseYaml } from 'yaml';
import { describeZodIssues } from '../_lib/zodIssues';
import { Notes, Profile } from './profileSchema';

function readDocument(text: string, fileName: string): unknown {
  try {
    // YAML 1.2 is a superset of JSON: one parser reads both.
    return parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new InputError(
      `Không đọc được tệp ${fileName} (YAML/JSON không hợp lệ) / cannot read ${fileName} (invalid YAML/JSON): ${detail}`,
      { cause },
    );
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
    throw new InputError(
      `Hồ sơ đơn vị ${fileName} không hợp lệ / invalid unit profile ${fileName}:\n${describeZodIssues(result.error)}`,
      { cause: result.error },
    );
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
    throw new InputError(
      `Tệp ghi chú kỳ báo cáo ${fileName} không hợp lệ / invalid period notes ${fileName}:\n${describeZodIssues(result.error)}`,
      { cause: result.error },
    );
  }
  return result.data;
}
