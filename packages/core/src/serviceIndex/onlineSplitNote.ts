import { wordNote } from '../notes/wordNote';
import type { OnlineSplit } from './onlineSplit';
import type { IndexText } from './schema';
import { serviceIndexNotes } from './serviceIndexNotes';

/**
 * What every face says beside an online-group score: the split of its 12 points the index used,
 * by name and version, and that the split is not published — a hypothesis. Shown in the
 * report's index section, the annex's index sheet and `tthc index`'s summary.
 *
 * @param split - the index's `assumptions.onlineSplit`
 * @returns the note `online_split` of `serviceIndexNotes`, with its Vietnamese and English texts
 * @example onlineSplitNote(defaultOnlineSplit).en // 'Online services: the 12 points are split 2 + 4 + 6 across A, B, C by the assumption split-2-4-6 (version 1), …'
 */
export function onlineSplitNote(split: OnlineSplit): IndexText {
  const [a, b, c] = split.points;
  return wordNote(serviceIndexNotes, 'online_split', { a, b, c, name: split.name, version: split.version });
}
