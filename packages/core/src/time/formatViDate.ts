import { InputError, coreInputErrors } from '../errors/index';
import { parseLocalDate } from './parseLocalDate';

/**
 * Writes a `YYYY-MM-DD` date the Vietnamese way, `DD/MM/YYYY` (as the reports and messages
 * write dates: "07/01/2026").
 *
 * @param date - a real date `YYYY-MM-DD`
 * @returns `DD/MM/YYYY`
 * @throws InputError `invalid_date` when `date` is not a real `YYYY-MM-DD` date
 * @example
 * formatViDate('2026-01-07') // '07/01/2026'
 * formatViDate('2024-02-29') // '29/02/2024'
 */
export function formatViDate(date: string): string {
  if (parseLocalDate(date) === undefined) {
    throw new InputError(coreInputErrors.invalid_date, { params: { value: String(date) } });
  }
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
