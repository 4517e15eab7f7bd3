import { z } from 'zod';
import { Channel, DossierStatus, ServiceLevel } from './enums';
import { dossierFieldTable, dossierFieldsOfKind, type DossierFieldEntry } from './dossierFields';
import { parseLocalDate, parseLocalDateTime } from '../time/index';
import { checkDossierRules, type RuleIssue } from '../validate/dossierRules';

/** Local Asia/Ho_Chi_Minh date-time without offset: `2025-12-25T08:30:00` (seconds optional), a real calendar date. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'expected YYYY-MM-DDTHH:mm[:ss]')
  .refine((t) => parseLocalDateTime(t) !== undefined, 'not a real date and time (expected YYYY-MM-DDTHH:mm[:ss])');
export type LocalDateTime = z.infer<typeof LocalDateTime>;

/** Local calendar date: `2025-12-25`, a real calendar date. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((t) => parseLocalDate(t) !== undefined, 'not a real date (expected YYYY-MM-DD)');
export type LocalDate = z.infer<typeof LocalDate>;

/** The zod type of each kind of field of the table. */
const zodOfKind = {
  text: z.string().min(1),
  status: DossierStatus,
  channel: Channel,
  serviceLevel: ServiceLevel,
  dateTime: LocalDateTime,
  count: z.number().int().nonnegative(),
  flag: z.boolean(),
};
type ZodOfKind = typeof zodOfKind;
type DossierShape = {
  [F in DossierFieldEntry as F['name']]: F extends { required: true } ? ZodOfKind[F['kind']] : z.ZodOptional<ZodOfKind[F['kind']]>;
};

const shape = Object.fromEntries(
  dossierFieldTable.map((f) => [f.name, 'required' in f ? zodOfKind[f.kind] : zodOfKind[f.kind].optional()]),
) as DossierShape;

/**
 * The canonical dossier's fields, each checked on its own (domain.md §3), derived from
 * `dossierFieldTable`; without the rules across fields, so that it can be picked from or
 * extended. Validate whole dossiers with {@link Dossier} or `parseDossier`.
 */
export const DossierFields = z.object(shape);

// domain.md §3 — the canonical dossier; field names follow the portal's HoSoDongBoDVC.
/**
 * The canonical dossier: every field valid (real calendar dates among them) and the rules of
 * `validate/dossierRules.ts` kept (received, due and end times where the status needs them; not
 * ended before it was received). `parseDossier` gives the same verdict on raw records.
 */
export const Dossier = DossierFields.superRefine((d, ctx) => {
  const wall = (t: string | undefined) => (t === undefined ? undefined : parseLocalDateTime(t));
  const errors: RuleIssue[] = [];
  checkDossierRules(
    {
      status: d.status,
      submittedAt: wall(d.submittedAt),
      receivedAt: wall(d.receivedAt),
      dueAt: wall(d.dueAt),
      finishedAt: wall(d.finishedAt),
      returnedAt: wall(d.returnedAt),
    },
    errors,
    [],
  );
  for (const e of errors) {
    ctx.addIssue({ code: 'custom', path: [e.field ?? ''], message: `${e.code}${e.expected ? `: expected ${e.expected}` : ''}` });
  }
});
export interface Dossier extends z.infer<typeof Dossier> {}

/** The canonical field names, in the order of domain.md §3 (the table's). */
export const dossierFields = dossierFieldTable.map((f) => f.name) as (keyof Dossier)[];

/** The date-time fields of a dossier. */
export const dossierDateFields = dossierFieldsOfKind('dateTime');
export type DossierDateField = (typeof dossierDateFields)[number];
