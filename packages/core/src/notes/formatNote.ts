import type { ErrorTemplates } from '../errors/errorWording';
import type { Language } from '../issues/formatIssue';
import { fillTemplate } from '../text/fillTemplate';
import type { Note, NoteParamValue } from './note';

const isNote = (value: NoteParamValue | undefined): value is Note => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Words a note in Vietnamese or English from its catalog, by the template function errors are
 * worded by (`fillTemplate`): each `{name}` is replaced by its param — a nested note worded in the
 * same language from the same catalog, a list of notes joined by "; ". A code the catalog does not
 * hold is written as the code.
 *
 * @param note - a code and its params (`wordNote`'s, or read back from JSON)
 * @param lang - `vi` or `en`
 * @param catalog - the catalog holding its code and its nested notes' (`defineNotes`)
 * @returns the text
 * @example formatNote({ code: 'no_new_dossiers', params: { fromDate: '01/03/2026', toDate: '31/03/2026' } }, 'en', periodWarningNotes)
 * // 'No new dossier was received from 01/03/2026 to 31/03/2026: check the period and the export files.'
 */
export function formatNote(note: Note, lang: Language, catalog: Readonly<Record<string, ErrorTemplates>>): string {
  const entry = catalog[note.code];
  if (entry === undefined) return note.code;
  return fillTemplate(entry[lang], note.params, (name) => {
    const value = note.params[name];
    if (isNote(value)) return formatNote(value, lang, catalog);
    if (Array.isArray(value) && value.length > 0 && value.every((v) => isNote(v))) {
      return (value as readonly Note[]).map((n) => formatNote(n, lang, catalog)).join('; ');
    }
    return undefined;
  });
}
