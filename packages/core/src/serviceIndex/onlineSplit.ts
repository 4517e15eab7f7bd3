import { z } from 'zod';

// docs/qd766-index.md §2 — how the online group's 12 points split across its indicators A, B, C
// (DVCQG ids 3.1–3.3). The portal does not publish it (the legal refresh of December 2026): the
// 2 + 4 + 6 of the source that reconstructed the formula is a hypothesis that source has since
// retired. So the split is a named, versioned assumption a unit can set, and every index
// records the one it used.

/** The online group's maximum: what a split shares out. */
export const ONLINE_MAX = 12;

/** One indicator's share: a whole number of points ≥ 1 (the portal's indicator maxima are whole; each of A, B, C is scored). */
const share = z.number().int({ error: 'expected a whole number of points' }).min(1, { error: 'expected at least 1 point' });

/** A, B and C's points, adding up to the group's 12. */
const SplitPoints = z
  .tuple([share, share, share])
  .refine((p) => p[0] + p[1] + p[2] === ONLINE_MAX, { error: `the three points (A, B, C) must add up to ${ONLINE_MAX}, e.g. [2, 4, 6]` });

/**
 * A split of the online group's points, as an index records it: its name and version (which
 * assumption), A's, B's and C's points, and its status. No split is published, so every split —
 * the default included — is a `hypothesis`; the value widens when the portal publishes one.
 */
export const OnlineSplit = z.object({
  /** Names the assumption: `split-2-4-6`, or the unit's own name for it. */
  name: z.string().trim().min(1),
  /** The assumption's version: a unit that changes its points under the same name raises it. */
  version: z.number().int().positive(),
  /** The points of A (3.1), B (3.2) and C (3.3). */
  points: SplitPoints,
  /** Not published by the portal: a hypothesis. */
  status: z.literal('hypothesis'),
});
export interface OnlineSplit extends z.infer<typeof OnlineSplit> {}

/**
 * A split as a unit sets it (a profile's `serviceIndexAssumptions.onlineSplit`, a report
 * request, `tthc index --online-split`): the points, the name and version when the unit names
 * it (default `split-<a>-<b>-<c>`, version 1).
 */
export const OnlineSplitSetting = z.object({
  points: SplitPoints,
  name: z.string().trim().min(1).optional(),
  version: z.number().int().positive().optional(),
});
export interface OnlineSplitSetting extends z.infer<typeof OnlineSplitSetting> {}

/** The assumptions an index rests on where the portal publishes nothing (today: the online split). */
export const ServiceIndexAssumptions = z.object({ onlineSplit: OnlineSplit });
export interface ServiceIndexAssumptions extends z.infer<typeof ServiceIndexAssumptions> {}

/** The assumptions as a unit sets them: each optional, the default taken for the others. */
export const ServiceIndexAssumptionsSetting = z.object({ onlineSplit: OnlineSplitSetting.optional() });
export interface ServiceIndexAssumptionsSetting extends z.infer<typeof ServiceIndexAssumptionsSetting> {}

/** The default split: 2 + 4 + 6, reconstructed by ChippedTopaz/qd766 and since retired there — a hypothesis. */
export const defaultOnlineSplit: OnlineSplit = Object.freeze({
  name: 'split-2-4-6',
  version: 1,
  points: Object.freeze([2, 4, 6]) as unknown as [number, number, number],
  status: 'hypothesis',
});
