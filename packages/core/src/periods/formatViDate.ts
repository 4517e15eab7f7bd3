import { InputError, coreInputErrors } from '../errors/index';
import { parseDateOnly } from '../calendar/_lib/localDate';

/**
 * Writes a `YYYY-MM-DD` date the Vietnamese way, `DD/MM/YYYY`.
 *
 * @param date - a real date `YYYY-MM-DD`
 * @returns `DD/MM/YYYY`
 * @throws InputError when `date` is not a real `YYYY-MM-DD` date
 * @example formatViDate('2026-01-07') // '07/01/2026'
 */
export function formatViDate(date: string): string {
  if (parseDateOnly(date) === undefined) {
    throw new InputError(coreInputErrors.invalid_date, { params: { value: String(date) } });
  }
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
