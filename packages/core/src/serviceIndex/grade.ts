import type { GradeBand } from './schema';

// docs/qd766-index.md §7 — grading bands (xếp loại) as reported in the press; reconstructed, hence data the caller can replace.

/** Xuất sắc ≥ 90; Tốt 80–<90; Khá 70–<80; Trung bình 50–<70; Yếu < 50. */
export const defaultGradeBands: readonly GradeBand[] = Object.freeze([
  { min: 90, label: 'Xuất sắc' },
  { min: 80, label: 'Tốt' },
  { min: 70, label: 'Khá' },
  { min: 50, label: 'Trung bình' },
  { min: 0, label: 'Yếu' },
]);

/**
 * The band of a total out of 100: the band with the highest `min` not above it (bands in any
 * order), or null when no band reaches down to it.
 *
 * @example gradeOf(80, defaultGradeBands) // 'Tốt'
 */
export function gradeOf(total: number, bands: readonly GradeBand[] = defaultGradeBands): string | null {
  let best: GradeBand | undefined;
  for (const band of bands) if (total >= band.min && (!best || band.min > best.min)) best = band;
  return best?.label ?? null;
}
