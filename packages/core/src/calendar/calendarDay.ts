import { z } from 'zod';
import { LocalDate } from '../schemas/dossier';

/** Kind of a special calendar day: a public holiday, a day off (nghỉ bù, swap) or a make-up Saturday (làm bù). */
export const CalendarDayKind = z.enum(['holiday', 'dayOff', 'makeUpWorkday']);
export type CalendarDayKind = z.infer<typeof CalendarDayKind>;

/** One special day of the working calendar, with the notice it comes from. */
export const CalendarDay = z.object({
  date: LocalDate,
  kind: CalendarDayKind,
  name: z.string(),
  source: z.string().optional(),
});
export interface CalendarDay extends z.infer<typeof CalendarDay> {}
