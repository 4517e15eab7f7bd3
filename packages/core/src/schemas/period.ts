import { z } from 'zod';
import { LocalDate } from './dossier';

// domain.md §6 — a report period, both dates inclusive, local time.
export const ReportPeriod = z.object({ from: LocalDate, to: LocalDate });
export interface ReportPeriod extends z.infer<typeof ReportPeriod> {}

export const PeriodKind = z.enum(['week', 'month', 'quarter', 'half', 'year']);
export type PeriodKind = z.infer<typeof PeriodKind>;

/** `calendar` periods (the portal's index) or the Nghị định 09/2019 Điều 12 cut-off. */
export const Cutoff = z.enum(['calendar', 'nd09']);
export type Cutoff = z.infer<typeof Cutoff>;
