import { z } from 'zod';
import { Dossier, RowIssueSchema, SkippedRowSchema } from '@tthc/core';

/** An input: a file path, or a named buffer (the n8n nodes pass the binary data of an item). */
export type ImportInput = string | { name: string; data: Uint8Array };

/** Rows read = accepted + rejected + skipped, for one input or for all of them. */
export const RowCounts = z.object({
  read: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});
export type RowCounts = z.infer<typeof RowCounts>;

/** The accounting of one input: its name, the source (preset) it was read as, and its rows. */
export const InputAccounting = z.object({
  name: z.string(),
  /** `canonical`, `one-stop`, `portal`, `civil-status` or `mapping:<name>`. */
  source: z.string(),
  /** `jsonl`, `json`, `csv` or `xlsx`. */
  format: z.string(),
  /** The sheet read, for workbooks. */
  sheet: z.string().optional(),
  rows: RowCounts,
});
export type InputAccounting = z.infer<typeof InputAccounting>;

// What `importDossiers` returns: the dossiers (one per code) and where every row went.
export const ImportResult = z.object({
  dossiers: z.array(Dossier),
  rows: RowCounts,
  inputs: z.array(InputAccounting),
  rejected: z.array(RowIssueSchema),
  skipped: z.array(SkippedRowSchema),
  warnings: z.array(RowIssueSchema),
  conflicts: z.array(RowIssueSchema),
});
export type ImportResult = z.infer<typeof ImportResult>;
