import { LocalDate, Metrics, RowAccounting, ServiceIndex } from '@tthc/core';
import { z } from 'zod';

// What a history entry holds — one unit, one period, one run — as the library gives it back and
// `tthc history … --json` prints it. Never personal data: figures, the index (codes and procedure
// names of the dossiers that cost points), counts, file names and hashes, and the codes of the
// dossiers open at the period's end. The row issues' texts (which quote values read) are not kept:
// the figures are stored with `rejectedRows` and `warnings` empty, their counts in `accounting`.

/** One input of the run: its name (never its folder), size and SHA-256. */
export const HistoryInput = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export interface HistoryInput extends z.infer<typeof HistoryInput> {}

/** The run's rows: read = accepted + rejected + skipped, and its warnings by code. */
export const HistoryAccounting = RowAccounting.extend({ warnings: z.record(z.string(), z.number().int().nonnegative()) });
export interface HistoryAccounting extends z.infer<typeof HistoryAccounting> {}

/** What a run records of one unit and period. */
export const NewHistoryEntry = z.object({
  unit: z.string().min(1),
  period: z.object({ from: LocalDate, to: LocalDate }),
  /** When the run recorded it (ISO 8601). */
  recordedAt: z.string(),
  figures: Metrics,
  serviceIndex: ServiceIndex.optional(),
  accounting: HistoryAccounting,
  /** The formula versions the figures were computed with, by name. */
  formulaVersions: z.record(z.string(), z.string()),
  inputs: z.array(HistoryInput),
  /** The codes of the dossiers open at the period's end, in order. */
  openCodes: z.array(z.string()),
});
export type NewHistoryEntry = z.input<typeof NewHistoryEntry>;

/** A recorded entry as the store gives it back (the open codes by `openCodes` of the store). */
export const HistoryEntry = NewHistoryEntry.omit({ openCodes: true }).extend({
  /** 1 for the first run of this unit and period, then 2, 3, … */
  version: z.number().int().positive(),
  /** Whether it is the newest version: the one reports compare with. */
  current: z.boolean(),
  /** How many dossiers were open at the period's end. */
  openAtEnd: z.number().int().nonnegative(),
});
export interface HistoryEntry extends z.infer<typeof HistoryEntry> {}
