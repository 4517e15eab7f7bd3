import { wordNote } from '../notes/wordNote';
import { buildGroup, needs, type ScoredGroup } from './build';
import { serviceIndexNotes } from './serviceIndexNotes';

// qd766-transparency-v1 — docs/qd766-index.md §5 (DVCQG "transparency",, reconstructed by ChippedTopaz/qd766): 6 + 4 + 2 + 6 points, none from the unit's dossiers.

export const TRANSPARENCY_VERSION = 'qd766-transparency-v1';
export const TRANSPARENCY_MAX = 18;

/** Công khai, minh bạch (18 points): not computable from dossiers; each indicator says what it needs. */
export function transparencyGroup(): ScoredGroup {
  return buildGroup(
    {
      label: 'Công khai, minh bạch',
      formulaVersion: TRANSPARENCY_VERSION,
      max: TRANSPARENCY_MAX,
      scoreless: wordNote(serviceIndexNotes, 'transparency_not_computable'),
    },
    [
      needs('PUBLISH_ON_TIME', 'Tỷ lệ TTHC công bố đúng hạn', 6, wordNote(serviceIndexNotes, 'no_publication_decisions')),
      needs('PUBLIC_UPDATE_ON_TIME', 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn', 4, wordNote(serviceIndexNotes, 'no_publication_dates')),
      needs('PUBLIC_CONTENT_FULL', 'Tỷ lệ TTHC công khai đầy đủ nội dung', 2, wordNote(serviceIndexNotes, 'no_published_content')),
      needs('DOSSIER_SYNC', 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG', 6, wordNote(serviceIndexNotes, 'no_synced_count')),
    ],
    [],
    [],
  );
}
