/**
 * Writes a percentage with two decimals and a decimal comma ("3,24%").
 *
 * @param rate - a percentage (3.24 for 3,24 %)
 * @returns the text, e.g. "3,24%"
 * @example
 * formatPercent(3.24); // "3,24%"
 */
export function formatPercent(rate: number): string {
  if (!Number.isFinite(rate)) throw new RangeError(`formatPercent: expected a finite number, got ${rate}`);
  return `${rate.toFixed(2).replace('.', ',')}%`;
}
