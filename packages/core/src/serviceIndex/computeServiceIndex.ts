import type { WorkCalendar } from '../calendar/index';
import { createMetricsContext, UNKNOWN_UNIT, type MetricsDossier } from '../metrics/context';
import { wordNote } from '../notes/wordNote';
import { parsePeriod } from '../periods/parsePeriod';
import type { ProcedureCatalog } from '../schemas/catalog';
import type { ReportPeriod } from '../schemas/period';
import { lostDossiers, round2, type ScoredGroup } from './build';
import { digitizationGroup } from './digitization';
import { defaultGradeBands, gradeOf } from './grade';
import { onlineGroup } from './online';
import type { OnlineSplit, OnlineSplitSetting } from './onlineSplit';
import { onlineSplitOf } from './onlineSplitOf';
import { paymentGroup } from './payment';
import { progressGroup } from './progress';
import { satisfactionGroup } from './satisfaction';
import type { GradeBand, IndexGroups, ServiceIndex, UnitIndex } from './schema';
import { serviceIndexNotes } from './serviceIndexNotes';
import { calendarPeriodKind } from './standardPeriod';
import { addToIndexTallies, createIndexTally, type IndexTally } from './tally';
import { transparencyGroup } from './transparency';

// docs/qd766-index.md — the QĐ 766/QĐ-TTg index estimated from the unit's own dossiers and catalog.

/** The version of the whole set of formulas; each group also names its own. */
export const SERVICE_INDEX_VERSION = 'tthc-qd766-estimate-v1';

export interface ServiceIndexOptions {
  /** The period, both dates inclusive; the portal scores calendar months, quarters and years. */
  period: ReportPeriod;
  /** The unit's catalog; without it the online group's A and B are not computable. */
  catalog?: ProcedureCatalog;
  /** Working days (the index compares dates at day granularity, so it rarely matters). */
  calendar?: WorkCalendar;
  /** Grading bands. Default {@link defaultGradeBands}. */
  bands?: readonly GradeBand[];
  /**
   * How the online group's 12 points split across A, B and C: not published, so an assumption
   * (docs/qd766-index.md §2), recorded in the index's `assumptions`. Default `split-2-4-6`
   * ({@link defaultOnlineSplit}), a hypothesis.
   */
  onlineSplit?: OnlineSplitSetting;
}

/** The warning of a period the portal does not score: its texts under `message`, as warnings carry them. */
function nonStandardPeriod(): ServiceIndex['warnings'][number] {
  const { code, params, vi, en } = wordNote(serviceIndexNotes, 'non_standard_period');
  return { code: code as 'non_standard_period', params, message: { vi, en } };
}

/** The totals and groups of one scope (the whole input, or one unit) from its tally. */
function scoreTally(tally: IndexTally, bands: readonly GradeBand[], split: OnlineSplit): Omit<UnitIndex, 'unit'> {
  const progress = progressGroup(tally);
  const scored: { [K in keyof IndexGroups]: ScoredGroup<IndexGroups[K]> } = {
    progress,
    online: onlineGroup(tally, split),
    payment: paymentGroup(tally),
    digitization: digitizationGroup(tally),
    transparency: transparencyGroup(),
    satisfaction: satisfactionGroup(progress.group),
  };
  const all = Object.values(scored);
  const total = round2(all.reduce((sum, g) => sum + (g.raw ?? 0), 0));
  const max = all.reduce((sum, g) => sum + g.group.computableMax, 0);
  const complete = all.every((g) => g.group.computable && !g.group.partial);
  const groups = Object.fromEntries(Object.entries(scored).map(([k, g]) => [k, g.group])) as unknown as IndexGroups;
  return {
    total,
    max,
    grade: complete ? gradeOf(total, bands) : null,
    ...(complete ? {} : { gradeReason: wordNote(serviceIndexNotes, 'no_grade') }),
    groups,
  };
}

/**
 * Estimates the QĐ 766 index of a period from the dossiers and the catalog: progress and
 * online-service scores, the parts of payment and digitisation the dossier flags support, and the
 * groups that cannot be computed with their reasons (never 0). Lists the dossiers that lost points
 * and the procedures that would raise the score most. With several units in the input, `byUnit`
 * holds each unit computed from its own dossiers alone. Pure.
 *
 * One pass over the dossiers (an array, or any iterable: the import's store hands them out one at
 * a time, dates as wall milliseconds), counted per unit as they come: only the dossiers that cost
 * points are kept, for the lists of lost dossiers (those that cost points only below a ratio —
 * not online while C < 50%, without reused digitised data below 80% — until the ratio is known).
 *
 * @param dossiers - valid dossiers (each code once), read once; dates as texts or wall milliseconds
 * @param options - see {@link ServiceIndexOptions}
 * @returns the index, ready to print as JSON (schema `ServiceIndex`)
 * @throws InputError when the period ends before it starts; UsageError for a split that is not
 *   three whole numbers ≥ 1 adding up to 12
 * @example
 * computeServiceIndex(dossiers, { period: { from: '2026-01-01', to: '2026-01-31' }, catalog }).groups.progress.score
 * computeServiceIndex(dossiers, { period, catalog, onlineSplit: { points: [3, 4, 5] } }).assumptions.onlineSplit.name // 'split-3-4-5'
 */
export function computeServiceIndex(dossiers: Iterable<MetricsDossier>, options: ServiceIndexOptions): ServiceIndex {
  const period = parsePeriod(options.period);
  const onlineSplit = onlineSplitOf(options.onlineSplit);
  const periodKind = calendarPeriodKind(period);
  // The index compares dates at day granularity (DVCQG's replica tables compare CONVERT(DATE)).
  const ctx = createMetricsContext({ ...options, period, granularity: 'date' });
  const lostDossier = lostDossiers(ctx);
  const whole = createIndexTally(ctx);
  const units = new Map<string, [IndexTally, IndexTally]>();
  for (const d of dossiers) {
    const unit = d.unit ?? UNKNOWN_UNIT;
    let tallies = units.get(unit);
    if (!tallies) units.set(unit, (tallies = [whole, createIndexTally(ctx)]));
    addToIndexTallies(d, ctx, lostDossier, tallies);
  }
  const bands = options.bands ?? defaultGradeBands;
  const collator = new Intl.Collator('vi');
  const byUnit =
    units.size > 1
      ? [...units.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([unit, [, tally]]) => ({ unit, ...scoreTally(tally, bands, onlineSplit) }))
      : [];
  return {
    period,
    periodKind,
    formulaVersion: SERVICE_INDEX_VERSION,
    assumptions: { onlineSplit },
    warnings: periodKind === null ? [nonStandardPeriod()] : [],
    ...scoreTally(whole, bands, onlineSplit),
    byUnit,
  };
}
