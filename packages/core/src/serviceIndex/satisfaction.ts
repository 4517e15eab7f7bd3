import { buildGroup, needs, notComputable, type ScoredGroup } from './build';
import type { ProgressGroup } from './schema';

// qd766-satisfaction-v1 — docs/qd766-index.md §6 (DVCQG "handling-satisfaction",, reconstructed by ChippedTopaz/qd766): 6 + 6 + min(6, 6r/0.9) points.

export const SATISFACTION_VERSION = 'qd766-satisfaction-v1';
export const SATISFACTION_MAX = 18;

/**
 * Mức độ hài lòng (18 points): not computable from dossiers (petitions and ratings live on the
 * portal). The overdue share inside DOSSIER_RECEIVING_SATISFACTION is shown (the progress group's
 * dossiers not on time over received.total) with the most that indicator can score.
 */
export function satisfactionGroup(progress: ProgressGroup): ScoredGroup {
  const overdueKnown = progress.received > 0;
  // r = 100% − (overdue share + petition/dislike share) ≤ 1 − overdue share; the score is min(6, 6r/0.9).
  const atMost = overdueKnown ? Math.min(6, (6 * (1 - progress.notOnTime / progress.received)) / 0.9) : undefined;
  const receiving = notComputable(
    { code: 'DOSSIER_RECEIVING_SATISFACTION', label: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', max: 6 },
    {
      vi: 'cần tỷ lệ hồ sơ có phản ánh, kiến nghị hoặc đánh giá không hài lòng trên Cổng DVCQG; phần hồ sơ quá hạn đã tính (tử số/mẫu số)',
      en: 'needs the share of dossiers with a petition or a dislike on the portal; the overdue part is computed (numerator/denominator)',
    },
    overdueKnown ? { numerator: progress.notOnTime, denominator: progress.received, ...(atMost !== undefined ? { scoreAtMost: atMost } : {}) } : {},
  );
  return buildGroup(
    {
      label: 'Mức độ hài lòng',
      formulaVersion: SATISFACTION_VERSION,
      max: SATISFACTION_MAX,
      scoreless: {
        vi: 'không tính được từ hồ sơ: cần phản ánh, kiến nghị và đánh giá của người dân trên Cổng DVCQG',
        en: "not computable from dossiers: needs the citizens' petitions and ratings on the national portal",
      },
    },
    [
      needs('PETITION_PROCESSING_ON_TIME', 'Tỷ lệ PAKN xử lý đúng hạn', 6, 'cần dữ liệu phản ánh, kiến nghị (PAKN)', 'needs the petition (PAKN) data'),
      needs('PETITION_HANDLING_SATISFACTION', 'Tỷ lệ hài lòng trong xử lý PAKN', 6, 'cần dữ liệu phản ánh, kiến nghị (PAKN)', 'needs the petition (PAKN) data'),
      receiving,
    ],
    [],
    [],
  );
}
