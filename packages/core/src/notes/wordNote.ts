import type { ErrorTemplates, Placeholders } from '../errors/errorWording';
import { formatNote } from './formatNote';
import type { NoteParamValue, WordedNote } from './note';

type Needs<W> = W extends ErrorTemplates ? Placeholders<W['vi']> | Placeholders<W['en']> : never;

/** The params an entry's templates need: every `{name}` of both, checked when the site is compiled. */
export type NoteParamsFor<W> = [Needs<W>] extends [never]
  ? Readonly<Record<string, NoteParamValue>>
  : Readonly<Record<string, NoteParamValue>> & { readonly [P in Needs<W>]: NoteParamValue };

/** The arguments after the code: optional when its templates need nothing. */
type ParamsArgs<W> = [Needs<W>] extends [never] ? [params?: NoteParamsFor<W>] : [params: NoteParamsFor<W>];

/**
 * A note as outputs carry it: its code, its params, and its Vietnamese and English texts derived
 * by `formatNote` from the catalog. The compiler checks that `params` fill every `{name}`.
 *
 * @param catalog - the catalog of the code (`defineNotes`)
 * @param code - the note's code
 * @param params - the values its templates need (nested notes as `{ code, params }`)
 * @returns `{ code, params, vi, en }`
 * @example wordNote(serviceIndexNotes, 'flag_not_stated', { flag: 'paidOnline' }).en // 'the export states paidOnline for no dossier in scope'
 */
export function wordNote<C extends Readonly<Record<string, ErrorTemplates>>, K extends keyof C & string>(
  catalog: C,
  code: K,
  ...[params]: ParamsArgs<C[K]>
): WordedNote {
  const note = { code, params: { ...params } };
  return { ...note, vi: formatNote(note, 'vi', catalog), en: formatNote(note, 'en', catalog) };
}
