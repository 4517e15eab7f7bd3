import { z } from 'zod';
import { DossierStatus } from '../schemas/enums';
import { LocalDate } from '../schemas/dossier';
import { ReportPeriod } from '../schemas/period';
import { formatNote } from '../notes/formatNote';
import { NoteParams, WordedNote } from '../notes/note';
import { defaultOnlineSplit, ServiceIndexAssumptions } from './onlineSplit';
import { serviceIndexNotes } from './serviceIndexNotes';

// docs/qd766-index.md — the JSON of `tthc index --json`: the QĐ 766 index estimated from the unit's dossiers.

const count = z.number().int().nonnegative();
/** Points, rounded to 2 decimals. */
const points = z.number().nonnegative();

/**
 * A note of the index (why a figure cannot be computed, why there is no grade): its code in
 * `serviceIndexNotes`, the params of its templates, and its Vietnamese and English texts, derived
 * by `formatNote` (`reason.vi`, `reason.en` as before the codes).
 */
export const IndexText = WordedNote;
export type IndexText = WordedNote;

/** Why a dossier cost points. */
export const LostReason = z.enum([
  'late', // ended inside the period after its due date (withdrawn and stopped included)
  'overdue_open', // still open at the end of the period, due before `to`
  'supplement_requested_late', // waiting for a supplement, requested after the due date
  'supplement_more_than_once', // more than one supplement request: late by rule
  'not_online', // received in the period not online, for a procedure offered online
  'not_paid_online', // paidOnline: false
  'no_electronic_result', // hasElectronicResult: false
  'no_digitized_components', // hasDigitizedComponents: false
]);
export type LostReason = z.infer<typeof LostReason>;

/**
 * Vietnamese label of each reason, as summaries and reports print it: each reason is a code of
 * `serviceIndexNotes`, worded by `formatNote` (English: `formatNote({ code, params: {} }, 'en', serviceIndexNotes)`).
 */
export const lostReasonLabels: Readonly<Record<LostReason, string>> = Object.freeze(
  Object.fromEntries(LostReason.options.map((code) => [code, formatNote({ code, params: {} }, 'vi', serviceIndexNotes)])) as Record<LostReason, string>,
);

/** A dossier that cost points (no personal data). */
export const LostDossier = z.object({
  code: z.string(),
  reason: LostReason,
  /** The indicator it cost points in. */
  indicator: z.string(),
  procedureCode: z.string().nullable(),
  procedureName: z.string(),
  field: z.string(),
  unit: z.string().nullable(),
  status: DossierStatus,
  dueDate: LocalDate.nullable(),
  /** The date the dossier was judged by (its end, its supplement request), null while open. */
  judgedDate: LocalDate.nullable(),
});
export interface LostDossier extends z.infer<typeof LostDossier> {}

/** A procedure whose dossiers would raise the score most: `points` it would add at most. */
export const PointsToGain = z.object({
  procedureCode: z.string().nullable(),
  procedureName: z.string(),
  field: z.string(),
  /** `late_dossiers`: its dossiers that lost progress points; `direct_dossiers`: its dossiers not received online; `no_online_dossier`: an online service with no online dossier. */
  reason: z.enum(['late_dossiers', 'direct_dossiers', 'no_online_dossier']),
  dossiers: count,
  points,
});
export interface PointsToGain extends z.infer<typeof PointsToGain> {}

/** One indicator of a group: its score over its maximum, or not computable with the reason. */
export const IndexIndicator = z.object({
  code: z.string(),
  label: z.string(),
  max: points,
  score: points.nullable(),
  computable: z.boolean(),
  reason: IndexText.optional(),
  numerator: count.nullable(),
  denominator: count.nullable(),
  /** numerator / denominator, 4 decimals; null when not computable. */
  ratio: z.number().nullable(),
  /** For an indicator that is not computable but bounded by a computable part: the most it can score. */
  scoreAtMost: points.optional(),
});
export interface IndexIndicator extends z.infer<typeof IndexIndicator> {}

/**
 * One group. `score` is over `computableMax` (the maxima of its computable indicators; `max` is
 * the group's full maximum); `null` with `computable: false` and a reason when nothing of it can
 * be computed — never 0. `partial` when only some of its indicators can.
 */
export const IndexGroup = z.object({
  label: z.string(),
  formulaVersion: z.string(),
  score: points.nullable(),
  max: points,
  computableMax: points,
  computable: z.boolean(),
  partial: z.boolean(),
  reason: IndexText.optional(),
  indicators: z.array(IndexIndicator),
  lost: z.array(LostDossier),
  pointsToGain: z.array(PointsToGain),
});
export interface IndexGroup extends z.infer<typeof IndexGroup> {}

// The inputs of each group's formula, beside its score.
export const ProgressGroup = IndexGroup.extend({
  /** N = received.total of domain.md §7 (carried over + new). */
  received: count,
  onTime: count,
  notOnTime: count,
});
export interface ProgressGroup extends z.infer<typeof ProgressGroup> {}

export const OnlineGroup = IndexGroup.extend({
  catalogProcedures: count.nullable(),
  onlineCatalogProcedures: count.nullable(),
  proceduresWithOnlineDossiers: count,
  receivedNew: count,
  receivedOnline: count,
  A: z.number().nullable(),
  B: z.number().nullable(),
  C: z.number().nullable(),
  /** The split of the 12 points across A, B, C it was scored with (an index without it: the default, the only one before). */
  assumptions: ServiceIndexAssumptions.default({ onlineSplit: defaultOnlineSplit }),
});
export interface OnlineGroup extends z.infer<typeof OnlineGroup> {}

export const IndexGroups = z.object({
  progress: ProgressGroup,
  online: OnlineGroup,
  payment: IndexGroup,
  digitization: IndexGroup,
  transparency: IndexGroup,
  satisfaction: IndexGroup,
});
export interface IndexGroups extends z.infer<typeof IndexGroups> {}
export type IndexGroupKey = keyof IndexGroups;

/** A grading band: a total of at least `min` (out of 100) gets `label`. */
export const GradeBand = z.object({ min: z.number().min(0).max(100), label: z.string().min(1) });
export interface GradeBand extends z.infer<typeof GradeBand> {}

export const IndexTotals = z.object({
  /** Sum of the computable groups' scores. */
  total: points,
  /** What `total` is out of: the sum of the computable groups' `computableMax`. */
  max: points,
  /** The band of the total, only when every group is fully computable (max 100). */
  grade: z.string().nullable(),
  gradeReason: IndexText.optional(),
  groups: IndexGroups,
});

export const UnitIndex = IndexTotals.extend({ unit: z.string() });
export interface UnitIndex extends z.infer<typeof UnitIndex> {}

export const ServiceIndex = IndexTotals.extend({
  period: ReportPeriod,
  /** `month`, `quarter` or `year` when the period is a calendar one (the portal's); else null. */
  periodKind: z.enum(['month', 'quarter', 'year']).nullable(),
  formulaVersion: z.string(),
  /** What the index assumes where the portal publishes nothing (the online split); an index without it: the defaults. */
  assumptions: ServiceIndexAssumptions.default({ onlineSplit: defaultOnlineSplit }),
  /** Warnings about the whole index: a code of `serviceIndexNotes`, its params, its texts under `message`. */
  warnings: z.array(z.object({ code: z.enum(['non_standard_period']), params: NoteParams, message: z.object({ vi: z.string(), en: z.string() }) })),
  /** One entry per unit when the input holds several, each computed from that unit's dossiers alone. */
  byUnit: z.array(UnitIndex),
});
export interface ServiceIndex extends z.infer<typeof ServiceIndex> {}
