import { formatViDate } from '@tthc/core';

/**
 * "dd/mm/yyyy" as the seed writes dates in sentences ("25/12/2025"): core's `formatViDate`.
 *
 * @example
 * formatShortDate('2026-01-07'); // "07/01/2026"
 */
export const formatShortDate: (date: string) => string = formatViDate;

/**
 * "ngày 08 tháng 9 năm 2025": days below 10 and the months 1 and 2 keep a leading zero
 * (Nghị định 30/2020, Phụ lục I, ô 4); other months are written without it.
 *
 * @param date - a real date YYYY-MM-DD
 * @returns the long date
 * @throws InputError `invalid_date` (core's) when `date` is not a real date YYYY-MM-DD
 * @example
 * formatLongDate('2026-01-08'); // "ngày 08 tháng 01 năm 2026"
 */
export function formatLongDate(date: string): string {
  const [day, month, year] = formatViDate(date).split('/') as [string, string, string];
  const m = Number(month);
  const monthText = m <= 2 ? month : String(m);
  return `ngày ${day} tháng ${monthText} năm ${year}`;
}

/**
 * The place-and-date line: "Hải An, ngày 08 tháng 01 năm 2026". Without a date (an unsigned
 * draft) the day and month stay blank for the signer to fill in and the year is the given
 * one: "Hải An, ngày … tháng … năm 2026".
 *
 * @param place - địa danh
 * @param date - the document's date (YYYY-MM-DD), or null for a draft
 * @param draftYear - the year printed on a draft (the year of the period's end)
 * @returns the line
 * @example
 * formatDateLine('Hải An', null, '2026'); // "Hải An, ngày … tháng … năm 2026"
 */
export function formatDateLine(place: string, date: string | null, draftYear: string): string {
  return date === null ? `${place}, ngày … tháng … năm ${draftYear}` : `${place}, ${formatLongDate(date)}`;
}
