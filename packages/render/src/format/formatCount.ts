/**
 * Writes a count as Vietnamese reports do: numbers below 10 get a leading zero ("07", "01"),
 * zero stays "0" (the seed: "07 thủ tục", "01 hồ sơ", "…: 0"), thousands are grouped with a
 * dot ("1.234").
 *
 * @param n - a non-negative integer
 * @returns the count as text
 * @example
 * formatCount(7); // "07"
 * formatCount(325); // "325"
 * formatCount(1234); // "1.234"
 */
export function formatCount(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`formatCount: expected a non-negative integer, got ${n}`);
  if (n > 0 && n < 10) return `0${n}`;
  return String(n).replace(/\B(?=(\d{3})+$)/g, '.');
}
