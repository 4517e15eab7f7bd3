import { z } from 'zod';

// Notes are data, like errors and row issues: a code from a catalog (`defineNotes`) and the params
// its templates need; their Vietnamese and English texts are derived by `formatNote`. A param may
// itself be a note (or a list of notes), worded in the same language: a group's reason lists the
// reasons of its indicators.

/** A value a note's template needs: a text, a number, a list of them, or nested notes. Never personal data. */
export type NoteParamValue = string | number | readonly (string | number)[] | Note | readonly Note[];

/** A note as data: its code in a catalog and the params of its templates. */
export interface Note {
  readonly code: string;
  readonly params: Readonly<Record<string, NoteParamValue>>;
}

const scalar = z.union([z.string(), z.number()]);

/** A param of a note (see {@link NoteParamValue}). */
export const NoteParamValue: z.ZodType<NoteParamValue> = z.lazy(() => z.union([scalar, z.array(scalar), Note, z.array(Note)]));

/** The params of a note, by the names its templates use (named `NoteParams` in the JSON Schema files: it nests). */
export const NoteParams = z
  .record(z.string(), NoteParamValue)
  .meta({ id: 'NoteParams', description: 'The params of a note, by the names its templates use; a param may be a note or a list of notes.' });

/** A note as data (see {@link Note}). */
export const Note: z.ZodType<Note> = z.object({ code: z.string(), params: NoteParams });

/** A note with its wording in both languages, as outputs carry it (`formatNote` of its code and params). */
export const WordedNote = z.object({ code: z.string(), params: NoteParams, vi: z.string(), en: z.string() });
export interface WordedNote extends z.infer<typeof WordedNote> {}
