import { z } from 'zod';
import { Dossier, RowAccounting, RowIssueSchema, SkippedRowSchema } from '@tthc/core';

/**
 * An input: a file path; a named buffer (an n8n item's binary data held in memory); or a named
 * file (an n8n item's binary data stored on disk: read from `path`, named `name` in every message).
 */
export type ImportInput = string | { name: string; data: Uint8Array } | { name: string; path: string };

/** The accounting of one input: its name, the source (preset) it was read as, and its rows. */
export const InputAccounting = z.object({
  name: z.string(),
  /** `canonical`, `one-stop`, `portal`, `civil-status` or `mapping:<name>`. */
  source: z.string(),
  /** `jsonl`, `json`, `csv` or `xlsx`. */
  format: z.string(),
  /** The sheet read, for workbooks. */
  sheet: z.string().optional(),
  rows: RowAccounting,
});
export interface InputAccounting extends z.infer<typeof InputAccounting> {}

/** A file that could not be read at all, with the message that says why (`onInputError: 'collect'`). */
export const FailedInput = z.object({
  name: z.string(),
  /** Its position among the inputs given (0-based). */
  index: z.number().int().nonnegative(),
  error: z.string(),
});
export interface FailedInput extends z.infer<typeof FailedInput> {}

// domain.md §3 — what `importDossiers` returns: the dossiers (one per code) and where every row went.
export const ImportResult = z.object({
  dossiers: z.array(Dossier),
  /** Rows read = accepted + rejected + skipped, over all inputs. */
  rows: RowAccounting,
  inputs: z.array(InputAccounting),
  /** The files that could not be read (only with `onInputError: 'collect'`; else they throw). */
  failedInputs: z.array(FailedInput),
  rejected: z.array(RowIssueSchema),
  skipped: z.array(SkippedRowSchema),
  warnings: z.array(RowIssueSchema),
  conflicts: z.array(RowIssueSchema),
});
export interface ImportResult extends z.infer<typeof ImportResult> {}
