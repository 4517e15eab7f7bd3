export { defineNotes } from './defineNotes';
export type { NoteCatalog } from './defineNotes';
export { bothLanguages } from './bothLanguages';
export { formatNote } from './formatNote';
export { wordNote } from './wordNote';
export type { NoteParamsFor } from './wordNote';
export { Note, NoteParams, NoteParamValue, WordedNote } from './note';
