import { UsageError } from '../errors/usageError';
import { defaultOnlineSplit, OnlineSplitSetting, type OnlineSplit } from './onlineSplit';
import { serviceIndexUsageErrors } from './serviceIndexErrors';

/**
 * The split a setting names: its points, its name (default `split-<a>-<b>-<c>`) and version
 * (default 1), always a hypothesis; the default split ({@link defaultOnlineSplit}) without a
 * setting. A split already resolved is returned equal.
 *
 * @param setting - a unit's setting (profile, request, `--online-split`), or nothing
 * @returns the split an index uses and records
 * @throws UsageError when the points are not three whole numbers ≥ 1 adding up to 12
 * @example onlineSplitOf({ points: [3, 4, 5] }) // { name: 'split-3-4-5', version: 1, points: [3, 4, 5], status: 'hypothesis' }
 */
export function onlineSplitOf(setting?: OnlineSplitSetting): OnlineSplit {
  if (setting === undefined) return defaultOnlineSplit;
  const parsed = OnlineSplitSetting.safeParse(setting);
  if (!parsed.success) {
    const points = Array.isArray(setting.points) ? setting.points.map(String) : String(setting.points);
    throw new UsageError(serviceIndexUsageErrors.invalid_online_split, { params: { points }, cause: parsed.error });
  }
  const { points, name, version } = parsed.data;
  return { name: name ?? `split-${points.join('-')}`, version: version ?? 1, points: [...points], status: 'hypothesis' };
}
