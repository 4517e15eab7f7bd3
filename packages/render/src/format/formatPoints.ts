/**
 * Writes index points with two decimals and a decimal comma ("19,93").
 *
 * @param points - a finite number of points
 * @returns the text, e.g. "19,93"
 * @example
 * formatPoints(19.934); // "19,93"
 */
export function formatPoints(points: number): string {
  if (!Number.isFinite(points)) throw new RangeError(`formatPoints: expected a finite number, got ${points}`);
  return points.toFixed(2).replace('.', ',');
}
