import { z } from 'zod';
import { COMPARED_FIGURES, LocalDate, Metrics } from '@tthc/core';

// What a face shows of one unit's history in a run — the `history` of `tthc metrics --json`'s
// units and of the n8n nodes' items — and what a report made from those figures later takes back
// (`reportFromFigures`): the one definition of both.

const Period = z.object({ from: LocalDate, to: LocalDate });

/** A stored entry a report compares with: its period, version, time and figures. */
export const HistoryBrief = z.object({ period: Period, version: z.number().int().positive(), recordedAt: z.string(), figures: Metrics });
export interface HistoryBrief extends z.infer<typeof HistoryBrief> {}

/** An earlier period of the unit as the annex's sheet "Các kỳ trước" shows it: the compared figures (`comparedValues` of @tthc/core). */
export const RecentBrief = z.object({
  period: Period,
  version: z.number().int().positive(),
  recordedAt: z.string(),
  values: z.record(z.enum(COMPARED_FIGURES), z.number().nullable()),
});
export interface RecentBrief extends z.infer<typeof RecentBrief> {}

const Difference = z.object({ code: z.string(), reason: z.string() });

/** The carried-over check of a unit against its previous period, with its warning when a dossier differs. */
export const CarriedOverSummary = z.object({
  unit: z.string(),
  previous: Period,
  openThen: z.number().int().nonnegative(),
  carriedOver: z.number().int().nonnegative(),
  missing: z.array(Difference),
  unexpected: z.array(Difference),
  warning: z
    .object({
      code: z.literal('carried_over_mismatch'),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      message: z.object({ vi: z.string(), en: z.string() }),
    })
    .optional(),
});

/**
 * One unit's history in a run: the version recorded, the previous period and the same period
 * last year (when stored), the carried-over check (when the previous period is stored) and the
 * last 12 periods of the same kind, oldest first.
 */
export const HistorySummary = z.object({
  recorded: z.object({ version: z.number().int().positive(), recordedAt: z.string() }),
  previous: HistoryBrief.optional(),
  lastYear: HistoryBrief.optional(),
  carriedOver: CarriedOverSummary.optional(),
  recent: z.array(RecentBrief).default([]),
});
export interface HistorySummary extends z.infer<typeof HistorySummary> {}
