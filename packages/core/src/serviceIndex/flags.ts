import { wordNote } from '../notes/wordNote';
import { notComputable, ratioIndicator, type IndicatorSpec, type Scored } from './build';
import type { LostDossier, LostReason } from './schema';
import { serviceIndexNotes } from './serviceIndexNotes';
import type { FlagTally } from './tally';

// docs/qd766-index.md §3–4 — indicators read from a dossier flag (paidOnline, hasElectronicResult, hasDigitizedComponents).

export type DossierFlag = 'paidOnline' | 'hasElectronicResult' | 'hasDigitizedComponents';

/** Each flag indicator: the flag it reads, its code, and why a dossier with the flag false loses points. */
export const flagIndicators = {
  paidOnline: { flag: 'paidOnline', code: 'PAYMENT_DOSSIER_PAID_ONLINE', lostReason: 'not_paid_online' },
  electronicResult: { flag: 'hasElectronicResult', code: 'ORIGINAL_RESULT_AVAILABLE', lostReason: 'no_electronic_result' },
  digitizedComponents: { flag: 'hasDigitizedComponents', code: 'REUSED_DIGITIZED_DATA', lostReason: 'no_digitized_components' },
} as const satisfies Record<string, { flag: DossierFlag; code: string; lostReason: LostReason }>;
export type FlagIndicatorKey = keyof typeof flagIndicators;

/**
 * A ratio of dossiers whose flag is true over the dossiers in scope that state it (a dossier
 * without the flag is left out: the export did not say). Not computable when none states it.
 * Dossiers with the flag false are listed as lost while `costs(ratio)` holds.
 */
export function flagIndicator(
  spec: Omit<IndicatorSpec, 'code'>,
  key: FlagIndicatorKey,
  tally: FlagTally,
  costs: (ratio: number) => boolean,
): { scored: Scored; lost: LostDossier[] } {
  const { flag, code } = flagIndicators[key];
  if (tally.scope === 0) {
    return {
      scored: notComputable({ ...spec, code }, wordNote(serviceIndexNotes, 'no_dossier_in_scope'), { numerator: 0, denominator: 0 }),
      lost: [],
    };
  }
  const scored = ratioIndicator({ ...spec, code }, tally.yes, tally.stated, wordNote(serviceIndexNotes, 'flag_not_stated', { flag }));
  const ratio = scored.indicator.ratio;
  return { scored, lost: ratio !== null && costs(ratio) ? tally.no : [] };
}
