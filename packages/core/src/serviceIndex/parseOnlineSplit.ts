import { UsageError } from '../errors/usageError';
import type { OnlineSplit } from './onlineSplit';
import { onlineSplitOf } from './onlineSplitOf';
import { serviceIndexUsageErrors } from './serviceIndexErrors';

const NUMBER = /^\d+(\.\d+)?$/;

/**
 * Reads a split written as text, the points of A, B and C separated by commas, plus signs or
 * spaces (`3,4,5`, `3 + 4 + 5`): what `tthc index --online-split` and the n8n option take.
 *
 * @param text - the three points
 * @returns the split, named `split-<a>-<b>-<c>`, version 1 (see {@link onlineSplitOf})
 * @throws UsageError when the text is not three whole numbers ≥ 1 adding up to 12
 * @example parseOnlineSplit('3,4,5').name // 'split-3-4-5'
 */
export function parseOnlineSplit(text: string): OnlineSplit {
  const parts = text.trim().split(/\s*[,+;]\s*|\s+/).filter((p) => p !== '');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) {
    throw new UsageError(serviceIndexUsageErrors.invalid_online_split, { params: { points: `"${text.trim()}"` } });
  }
  return onlineSplitOf({ points: parts.map(Number) as [number, number, number] });
}
