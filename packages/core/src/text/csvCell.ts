/**
 * One CSV cell (RFC 4180): quoted, its quotes doubled, when it holds a comma, a quote or a line
 * break; empty for `undefined` and `null`.
 *
 * @param value - a text, a number, or nothing
 * @returns the cell
 * @example csvCell('Phường "A", Hải Phòng') // '"Phường ""A"", Hải Phòng"'
 */
export function csvCell(value: string | number | null | undefined): string {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
