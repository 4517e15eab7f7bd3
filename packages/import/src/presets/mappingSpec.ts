import { z } from 'zod';

// A mapping file for any other system: column → field, value maps, date format.
export const MappingSpec = z.object({
  /** A name for messages and the accounting (`mapping:<name>`). */
  name: z.string().min(1).default('custom'),
  /** Heading in the export → canonical field name (domain.md §3). */
  columns: z.record(z.string(), z.string()),
  /** Per canonical field, the export's value → the canonical value (e.g. status words). */
  values: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number()]))).default({}),
  /** Date pattern of the export, e.g. `dd/MM/yyyy HH:mm`; default: every pattern the readers know. */
  dateFormat: z.string().optional(),
  /** 1-based row of the heading (the second heading row follows it when `headerRows` is 2). */
  headerRow: z.number().int().positive().optional(),
  headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
  /** The sheet to read in a workbook; default the first. */
  sheet: z.string().optional(),
});
export type MappingSpec = z.input<typeof MappingSpec>;
export interface ParsedMappingSpec extends z.output<typeof MappingSpec> {}
