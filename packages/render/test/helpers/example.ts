import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Notes, type Profile, parseNotes, parseProfile } from '../../src/index';

export const exampleDir = join(import.meta.dirname, '../../../../examples/hai-an');
/** The ward's draft report (docs: seed-report-hai-an.txt), whose text the example must reproduce. */
export const seedPath = join(import.meta.dirname, '../fixtures/seed-report-hai-an.txt');

/** The Hải An profile and its notes for 25/12/2025–07/01/2026. */
export function haiAn(): { profile: Profile; notes: Notes } {
  const notesFile = 'notes-2025-12-25_2026-01-07.yaml';
  return {
    profile: parseProfile(readFileSync(join(exampleDir, 'profile.yaml'), 'utf8'), 'profile.yaml'),
    notes: parseNotes(readFileSync(join(exampleDir, notesFile), 'utf8'), notesFile),
  };
}
