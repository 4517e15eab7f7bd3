import { z } from 'zod';
import { ServiceLevel } from './enums';

// domain.md §5 — the legal time limit of a procedure (thời hạn giải quyết), in working time;
// 0 working days is a same-day procedure (the 15:00 rule).
export const TimeLimit = z.object({
  amount: z.number().nonnegative().finite(),
  unit: z.enum(['workingDays', 'workingHours']),
});
export interface TimeLimit extends z.infer<typeof TimeLimit> {}

// domain.md §2 — a procedure of the unit's catalog (danh mục TTHC).
export const Procedure = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  field: z.string().min(1),
  serviceLevel: ServiceLevel,
  /** The legal time limit, when the catalog gives it: a dossier without a due date is judged against it. */
  timeLimit: TimeLimit.optional(),
});
export interface Procedure extends z.infer<typeof Procedure> {}

export const ProcedureCatalog = z.array(Procedure);
export interface ProcedureCatalog extends z.infer<typeof ProcedureCatalog> {}
