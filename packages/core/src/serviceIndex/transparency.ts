import { buildGroup, needs, type ScoredGroup } from './build';

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
      scoreless: {
        vi: 'không tính được từ hồ sơ: cần ngày công bố, công khai TTHC trên CSDL quốc gia về TTHC và số hồ sơ đồng bộ lên Cổng DVCQG',
        en: "not computable from dossiers: needs the procedures' publication dates in the national procedure database and the portal's count of synced dossiers",
      },
    },
    [
      needs('PUBLISH_ON_TIME', 'Tỷ lệ TTHC công bố đúng hạn', 6, 'cần ngày ban hành quyết định công bố TTHC', 'needs the dates of the publication decisions'),
      needs('PUBLIC_UPDATE_ON_TIME', 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn', 4, 'cần ngày công khai trên CSDL quốc gia về TTHC', 'needs the publication dates in the national procedure database'),
      needs('PUBLIC_CONTENT_FULL', 'Tỷ lệ TTHC công khai đầy đủ nội dung', 2, 'cần nội dung công khai của từng TTHC', "needs each procedure's published content"),
      needs('DOSSIER_SYNC', 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG', 6, 'cần số hồ sơ Cổng DVCQG đã nhận đồng bộ', 'needs the number of dossiers the national portal received'),
    ],
    [],
    [],
  );
}
