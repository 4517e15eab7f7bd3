import { defineErrors, type ErrorCatalog, type ErrorTemplates } from '../errors/errorWording';

/** A catalog of notes: each entry its code and its Vietnamese and English templates (kind `note`). */
export type NoteCatalog<T extends Readonly<Record<string, ErrorTemplates>> = Readonly<Record<string, ErrorTemplates>>> = ErrorCatalog<'note', T>;

/**
 * Declares a package's notes — warnings, reasons, statements a user reads beside a figure — with
 * their templates, as `defineErrors` declares errors: the same entries (`{ kind, code, vi, en }`),
 * the same `{name}` placeholders, worded by the same template function (`formatNote`).
 *
 * @param templates - `{ code: { vi, en } }`
 * @returns the catalog; each entry knows its code
 * @example
 * const myNotes = defineNotes({ empty_period: { vi: 'Không có hồ sơ từ {fromDate}', en: 'No dossier from {fromDate}' } });
 * wordNote(myNotes, 'empty_period', { fromDate: '01/03/2026' }).en // 'No dossier from 01/03/2026'
 */
export function defineNotes<const T extends Readonly<Record<string, ErrorTemplates>>>(templates: T): NoteCatalog<T> {
  return defineErrors('note', templates);
}
