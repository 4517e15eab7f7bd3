import { wordNote } from '../notes/wordNote';
import { buildGroup, needs, type ScoredGroup } from './build';
import { flagIndicator } from './flags';
import { serviceIndexNotes } from './serviceIndexNotes';
import type { IndexTally } from './tally';

// qd766-digitization-v1 — docs/qd766-index.md §4 (DVCQG "dossier-digitized",, reconstructed by ChippedTopaz/qd766): 6 + 4 + 2 + 2 + 4 + 2 + 2 points.

export const DIGITIZATION_VERSION = 'qd766-digitization-v1';
export const DIGITIZATION_MAX = 22;

/**
 * Số hóa hồ sơ (22 points): the electronic-result share (6 points, `hasElectronicResult`, over the
 * dossiers resolved with a result in the period) and the reuse of digitised data (2 points,
 * `hasDigitizedComponents`, over the dossiers received in the period, full at 80%); the others need
 * data the dossiers do not carry.
 */
export function digitizationGroup(tally: IndexTally): ScoredGroup {
  const result = flagIndicator(
    { label: 'Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử', max: 6, score: (r) => Math.min(6, 6 * r) },
    'electronicResult',
    tally.electronicResult,
    () => true,
  );
  const reused = flagIndicator(
    { label: 'Tỷ lệ hồ sơ khai thác, sử dụng lại dữ liệu số hóa', max: 2, score: (r) => Math.min(2, (2 * r) / 0.8) },
    'digitizedComponents',
    tally.digitizedComponents,
    (r) => r < 0.8,
  );
  const others = [
    needs('SO_HOA_GIAY_TO_GIAI_QUYET', 'Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ', 4, wordNote(serviceIndexNotes, 'no_attachment_data')),
    needs('ELECTRONIC_CERTIFIED_COPY', 'Tỷ lệ cung cấp chứng thực bản sao điện tử từ bản chính', 2, wordNote(serviceIndexNotes, 'counted_over_province')),
    needs('SYNCED_WITH_DVCQG_PERSONAL_STORAGE', 'Tỷ lệ hồ sơ số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng', 4, wordNote(serviceIndexNotes, 'no_portal_storage')),
    needs('CITIZEN_DATA_CONNECTED_DOSSIER', 'Tỷ lệ hồ sơ có sử dụng dữ liệu dân cư', 2, wordNote(serviceIndexNotes, 'no_population_data')),
    needs('CITIZEN_DATA_CONNECTED_FORMALITY', 'Tỷ lệ TTHC kết nối dữ liệu dân cư', 2, wordNote(serviceIndexNotes, 'no_population_data')),
  ];
  return buildGroup(
    { label: 'Số hóa hồ sơ', formulaVersion: DIGITIZATION_VERSION, max: DIGITIZATION_MAX },
    [result.scored, others[0]!, others[1]!, reused.scored, ...others.slice(2)],
    [...result.lost, ...reused.lost],
    [],
  );
}
