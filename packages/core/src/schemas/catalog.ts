import { z } from 'zod';
import { ServiceLevel } from './enums';

// domain.md §2 — a procedure of the unit's catalog (danh mục TTHC).
export const Procedure = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  field: z.string().min(1),
  serviceLevel: ServiceLevel,
});
export type Procedure = z.infer<typeof Procedure>;

export const ProcedureCatalog = z.array(Procedure);
export type ProcedureCatalog = z.infer<typeof ProcedureCatalog>;
