import { lostDossier, notComputable, ratioIndicator, type CountedDossier, type IndexInput, type IndicatorSpec, type Scored } from './build';
import type { LostDossier, LostReason } from './schema';

// docs/qd766-index.md §3–4 — indicators read from a dossier flag (paidOnline, hasElectronicResult, hasDigitizedComponents).

export type DossierFlag = 'paidOnline' | 'hasElectronicResult' | 'hasDigitizedComponents';

/**
 * A ratio of dossiers whose `flag` is true over the dossiers in `scope` that state it (a dossier
 * without the flag is left out: the export did not say). Not computable when none states it.
 * Dossiers with the flag false are listed as lost while `costs(ratio)` holds.
 */
export function flagIndicator(
  spec: IndicatorSpec,
  scope: readonly CountedDossier[],
  flag: DossierFlag,
  input: IndexInput,
  lostReason: LostReason,
  costs: (ratio: number) => boolean,
): { scored: Scored; lost: LostDossier[] } {
  const stated = scope.filter((c) => c.dossier[flag] !== undefined);
  if (scope.length === 0) {
    return {
      scored: notComputable(spec, { vi: 'không có hồ sơ thuộc phạm vi chỉ tiêu trong kỳ (0/0)', en: 'no dossier in the scope of the indicator in the period (0/0)' }, { numerator: 0, denominator: 0 }),
      lost: [],
    };
  }
  const yes = stated.filter((c) => c.dossier[flag] === true).length;
  const scored = ratioIndicator(spec, yes, stated.length, {
    vi: `tệp xuất không có cờ ${flag} cho hồ sơ nào trong phạm vi`,
    en: `the export states ${flag} for no dossier in scope`,
  });
  const ratio = scored.indicator.ratio;
  const lost =
    ratio !== null && costs(ratio)
      ? stated.filter((c) => c.dossier[flag] === false).map((c) => lostDossier(c.dossier, input, lostReason, spec.code))
      : [];
  return { scored, lost };
}
