import { z } from 'zod';
import { Channel, DossierStatus, ServiceLevel } from './enums';

/** Local Asia/Ho_Chi_Minh date-time without offset: `2025-12-25T08:30:00` (seconds optional). */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'expected YYYY-MM-DDTHH:mm[:ss]');
export type LocalDateTime = z.infer<typeof LocalDateTime>;

/** Local calendar date: `2025-12-25`. */
export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export type LocalDate = z.infer<typeof LocalDate>;

// domain.md §3 — the canonical dossier; field names follow the portal's HoSoDongBoDVC.
export const Dossier = z.object({
  code: z.string().min(1),
  procedureCode: z.string().min(1).optional(),
  procedureName: z.string().min(1),
  fieldName: z.string().min(1).optional(),
  fieldCode: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  channel: Channel,
  serviceLevel: ServiceLevel.optional(),
  status: DossierStatus,
  submittedAt: LocalDateTime.optional(),
  receivedAt: LocalDateTime.optional(),
  dueAt: LocalDateTime.optional(),
  supplementRequestedAt: LocalDateTime.optional(),
  finishedAt: LocalDateTime.optional(),
  returnedAt: LocalDateTime.optional(),
  supplementRequests: z.number().int().nonnegative().optional(),
  applicant: z.string().optional(),
  paidOnline: z.boolean().optional(),
  hasDigitizedComponents: z.boolean().optional(),
  hasElectronicResult: z.boolean().optional(),
});
export type Dossier = z.infer<typeof Dossier>;

/** The canonical field names, in the order of domain.md §3. */
export const dossierFields = Object.keys(Dossier.shape) as (keyof Dossier)[];

/** The date-time fields of a dossier. */
export const dossierDateFields = [
  'submittedAt',
  'receivedAt',
  'dueAt',
  'supplementRequestedAt',
  'finishedAt',
  'returnedAt',
] as const satisfies readonly (keyof Dossier)[];
export type DossierDateField = (typeof dossierDateFields)[number];
