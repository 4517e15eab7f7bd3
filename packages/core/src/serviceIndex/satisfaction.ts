import { wordNote } from '../notes/wordNote';
import { buildGroup, needs, notComputable, type ScoredGroup } from './build';
import type { ProgressGroup } from './schema';
import { serviceIndexNotes } from './serviceIndexNotes';

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
    wordNote(serviceIndexNotes, 'petition_share_needed'),
    overdueKnown ? { numerator: progress.notOnTime, denominator: progress.received, ...(atMost !== undefined ? { scoreAtMost: atMost } : {}) } : {},
  );
  return buildGroup(
    {
      label: 'Mức độ hài lòng',
      formulaVersion: SATISFACTION_VERSION,
      max: SATISFACTION_MAX,
      scoreless: wordNote(serviceIndexNotes, 'satisfaction_not_computable'),
    },
    [
      needs('PETITION_PROCESSING_ON_TIME', 'Tỷ lệ PAKN xử lý đúng hạn', 6, wordNote(serviceIndexNotes, 'no_petition_data')),
      needs('PETITION_HANDLING_SATISFACTION', 'Tỷ lệ hài lòng trong xử lý PAKN', 6, wordNote(serviceIndexNotes, 'no_petition_data')),
      receiving,
    ],
    [],
    [],
  );
}
