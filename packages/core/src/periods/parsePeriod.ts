import { InputError, coreInputErrors } from '../errors/index';
import { formatViDate, parseLocalDate } from '../time/index';
import type { ReportPeriod } from '../schemas/period';

/** Result of {@link safeParsePeriod}. */
export type SafeParsePeriodResult = { success: true; data: ReportPeriod } | { success: false; error: InputError };

const INVALID_END = { from: coreInputErrors.invalid_period_from, to: coreInputErrors.invalid_period_to } as const;

/**
 * Checks a report period given as two dates (both inclusive, local time): each must be a real
 * `YYYY-MM-DD` date and `to` must not be before `from` (the seed's "Từ 25/12/2025 đến 07/01/2025"
 * slip is refused).
 *
 * @param input - `{ from, to }`
 * @returns the period (a new object)
 * @throws InputError naming the wrong value(s), in Vietnamese and English
 * @example parsePeriod({ from: '2025-12-25', to: '2026-01-07' }) // { from: '2025-12-25', to: '2026-01-07' }
 */
export function parsePeriod(input: { from: string; to: string }): ReportPeriod {
  const value = (input ?? {}) as { from?: unknown; to?: unknown };
  for (const end of ['from', 'to'] as const) {
    const text = value[end];
    if (typeof text !== 'string' || parseLocalDate(text) === undefined) {
      throw new InputError(INVALID_END[end], { path: { key: end }, params: { value: String(text) } });
    }
  }
  const from = value.from as string;
  const to = value.to as string;
  if (to < from) {
    throw new InputError(coreInputErrors.period_end_before_start, {
      path: { key: 'to' },
      params: { from, to, fromDate: formatViDate(from), toDate: formatViDate(to) },
    });
  }
  return { from, to };
}

/**
 * The non-throwing twin of {@link parsePeriod}.
 *
 * @param input - `{ from, to }`
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example safeParsePeriod({ from: '2025-12-25', to: '2025-01-07' }).success // false
 */
export function safeParsePeriod(input: { from: string; to: string }): SafeParsePeriodResult {
  try {
    return { success: true, data: parsePeriod(input) };
  } catch (error) {
    if (error instanceof InputError) return { success: false, error };
    throw error;
  }
}
