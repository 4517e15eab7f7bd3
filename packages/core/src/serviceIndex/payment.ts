import { wordNote } from '../notes/wordNote';
import { buildGroup, notComputable, type ScoredGroup } from './build';
import { flagIndicator } from './flags';
import { serviceIndexNotes } from './serviceIndexNotes';
import type { IndexTally } from './tally';

// qd766-payment-v1 — docs/qd766-index.md §3 (DVCQG "formality-online-payment-tree", reconstructed by ChippedTopaz/qd766): 6·A + min(2, 2.5·B) + 2.5·C; only A is read from the dossiers.

export const PAYMENT_VERSION = 'qd766-payment-v1';
export const PAYMENT_MAX = 10;

/** Thanh toán trực tuyến (10 points): the dossier-payment share (A, 6 points) from `paidOnline`; B and C need fee data. */
export function paymentGroup(tally: IndexTally): ScoredGroup {
  const a = flagIndicator(
    { label: 'Tỷ lệ hồ sơ thanh toán trực tuyến (A)', max: 6, score: (r) => 6 * r },
    'paidOnline',
    tally.paidOnline,
    () => true,
  );
  const b = notComputable(
    { code: 'PAYMENT_PROCEDURES_WITH_TRANSACTIONS', label: 'Tỷ lệ TTHC có phí phát sinh giao dịch thanh toán trực tuyến (B)', max: 2 },
    wordNote(serviceIndexNotes, 'no_fee_data'),
  );
  const c = notComputable(
    { code: 'PAYMENT_FEES_SYNCED', label: 'Tỷ lệ TTHC có phí đồng bộ phí, lệ phí lên Cổng DVCQG (C)', max: 2 },
    wordNote(serviceIndexNotes, 'no_fee_lists'),
  );
  return buildGroup({ label: 'Thanh toán trực tuyến', formulaVersion: PAYMENT_VERSION, max: PAYMENT_MAX }, [a.scored, b, c], a.lost, []);
}
