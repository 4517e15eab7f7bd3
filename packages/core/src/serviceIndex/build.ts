import type { MetricsContext, MetricsDossier } from '../metrics/context';
import { fieldOf } from '../metrics/context';
import type { DossierClass } from '../metrics/counts';
import { wordNote } from '../notes/wordNote';
import { formatLocalDate, startOfDay, toWall } from '../time/index';
import { serviceIndexNotes } from './serviceIndexNotes';
import type { IndexGroup, IndexIndicator, IndexText, LostDossier, LostReason } from './schema';

// docs/qd766-index.md §"Scores, ratios and 0/0" — how indicators and groups are assembled.

/** A dossier that counts in the period, with its place in the figures of domain.md §7. */
export interface CountedDossier {
  dossier: MetricsDossier;
  cls: DossierClass;
}

export const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;
const round4 = (x: number) => Math.round((x + Number.EPSILON) * 10_000) / 10_000;

/** An indicator with its unrounded score, which groups and totals add before rounding. */
export interface Scored {
  indicator: IndexIndicator;
  raw: number | null;
}

export interface IndicatorSpec {
  code: string;
  label: string;
  max: number;
  /** The points of a ratio in [0, 1]. */
  score: (ratio: number) => number;
}

/**
 * An indicator computed from a ratio. A denominator of 0 makes it not computable with
 * `emptyReason` (0/0 is neither 0 nor full marks, and never NaN).
 */
export function ratioIndicator(spec: IndicatorSpec, numerator: number, denominator: number, emptyReason: IndexText): Scored {
  if (denominator === 0) return notComputable(spec, emptyReason, { numerator, denominator });
  const ratio = numerator / denominator;
  const raw = spec.score(ratio);
  return {
    indicator: { code: spec.code, label: spec.label, max: spec.max, score: round2(raw), computable: true, numerator, denominator, ratio: round4(ratio) },
    raw,
  };
}

/** An indicator the inputs cannot support. */
export function notComputable(
  spec: Pick<IndicatorSpec, 'code' | 'label' | 'max'>,
  reason: IndexText,
  known: { numerator?: number; denominator?: number; scoreAtMost?: number } = {},
): Scored {
  return {
    indicator: {
      code: spec.code,
      label: spec.label,
      max: spec.max,
      score: null,
      computable: false,
      reason,
      numerator: known.numerator ?? null,
      denominator: known.denominator ?? null,
      ratio: null,
      ...(known.scoreAtMost !== undefined ? { scoreAtMost: round2(known.scoreAtMost) } : {}),
    },
    raw: null,
  };
}

/** An indicator that needs data outside the dossiers, with what it needs (a note of `serviceIndexNotes`). */
export function needs(code: string, label: string, max: number, reason: IndexText): Scored {
  return notComputable({ code, label, max }, reason);
}

export interface GroupSpec {
  label: string;
  formulaVersion: string;
  max: number;
  /** Groups that need data outside the dossiers: their score stays null even when one indicator is computable. */
  scoreless?: IndexText;
}

/** A group with its unrounded score. */
export interface ScoredGroup<G extends IndexGroup = IndexGroup> {
  group: G;
  raw: number | null;
}

/** A group's reason listing the reasons of its indicators that cannot be computed, each `label: reason`. */
const joinReasons = (scored: readonly Scored[], code: 'no_indicator_computable' | 'partial_group'): IndexText => {
  const reasons = scored.flatMap(({ indicator: { label, reason } }) =>
    reason ? [{ code: 'indicator_reason', params: { label, reason: { code: reason.code, params: reason.params } } }] : [],
  );
  return wordNote(serviceIndexNotes, code, { reasons });
};

/**
 * Adds a group's computable indicators: score over `computableMax`; not computable (score null,
 * with the reasons) when none is; `partial` when some are not.
 */
export function buildGroup(spec: GroupSpec, scored: readonly Scored[], lost: LostDossier[], pointsToGain: IndexGroup['pointsToGain']): ScoredGroup {
  const indicators = scored.map((s) => s.indicator);
  const computable = spec.scoreless ? [] : scored.filter((s) => s.raw !== null);
  const missing = scored.filter((s) => s.raw === null);
  const base = { label: spec.label, formulaVersion: spec.formulaVersion, max: spec.max, indicators, lost, pointsToGain };
  if (spec.scoreless) {
    return { group: { ...base, score: null, computableMax: 0, computable: false, partial: false, reason: spec.scoreless }, raw: null };
  }
  if (computable.length === 0) {
    const reason = scored.length === 1 ? (scored[0]?.indicator.reason as IndexText) : joinReasons(missing, 'no_indicator_computable');
    return { group: { ...base, score: null, computableMax: 0, computable: false, partial: false, reason }, raw: null };
  }
  const raw = computable.reduce((sum, s) => sum + (s.raw as number), 0);
  const computableMax = computable.reduce((sum, s) => sum + s.indicator.max, 0);
  const partial = missing.length > 0;
  return {
    group: {
      ...base,
      score: round2(raw),
      computableMax,
      computable: true,
      partial,
      ...(partial ? { reason: joinReasons(missing, 'partial_group') } : {}),
    },
    raw,
  };
}

/**
 * The record of a dossier that lost points, without personal data; `judgedAt`: the date-time it
 * was judged by, as the dossier holds it (a text, or wall milliseconds).
 */
export type LostDossierOf = (d: MetricsDossier, reason: LostReason, indicator: string, judgedAt?: string | number) => LostDossier;

/** How many day texts {@link lostDossiers} keeps (more are formatted each time: memory stays bounded). */
const MAX_DAY_TEXTS = 100_000;

/**
 * Makes the records of the dossiers that lost points in one index: their dates are days
 * (`YYYY-MM-DD`), each day's text made once and shared (a large export's lost dossiers fall on
 * few days).
 */
export function lostDossiers(ctx: MetricsContext): LostDossierOf {
  const days = new Map<number, string>();
  const dayText = (at: string | number): string => {
    const day = startOfDay(toWall(at));
    let text = days.get(day);
    if (text === undefined) {
      text = formatLocalDate(day);
      if (days.size < MAX_DAY_TEXTS) days.set(day, text);
    }
    return text;
  };
  return (d, reason, indicator, judgedAt) => {
    const procedure = ctx.procedureOf(d);
    const due = ctx.dueOf(d);
    return {
      code: d.code,
      reason,
      indicator,
      procedureCode: d.procedureCode ?? procedure?.code ?? null,
      procedureName: procedure?.name ?? d.procedureName,
      field: fieldOf(d, ctx),
      unit: d.unit ?? null,
      status: d.status,
      // The due date it was judged against: its own, else its procedure's time limit.
      dueDate: due === undefined ? null : dayText(due),
      judgedDate: judgedAt === undefined ? null : dayText(judgedAt),
    };
  };
}

/** The lost dossiers of each procedure (code, else name), in order of first appearance: the first one and how many. */
export function byProcedure(lost: readonly LostDossier[]): Map<string, { first: LostDossier; dossiers: number }> {
  const map = new Map<string, { first: LostDossier; dossiers: number }>();
  for (const l of lost) {
    const key = l.procedureCode ?? `name:${l.procedureName}`;
    const entry = map.get(key);
    if (entry) entry.dossiers += 1;
    else map.set(key, { first: l, dossiers: 1 });
  }
  return map;
}
