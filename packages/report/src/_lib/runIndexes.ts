import {
  type MetricsDossier,
  type OnlineSplit,
  type OnlineSplitSetting,
  type ServiceIndex,
  type ServiceIndexOptions,
  computeServiceIndex,
  onlineSplitOf,
  serviceIndexOfUnit,
} from '@tthc/core';

/** The index of a run's dossiers together, and the index each unit gets. */
export interface RunIndexes {
  /** Every dossier together (with `byUnit`), scored with the run's split. */
  whole: ServiceIndex;
  /** A unit's index, scored with its own split; `undefined` for a unit the dossiers do not name. */
  ofUnit(unit: string): ServiceIndex | undefined;
}

const keyOf = (s: OnlineSplit): string => JSON.stringify([s.name, s.version, s.points]);

/**
 * The QĐ 766 indexes of a run, each unit scored with the online split its profile sets (else
 * the request's, else the default): one pass over the dossiers per distinct split, usually one.
 * The index of every dossier together uses the request's split, else the one split every unit
 * shares, else the default.
 *
 * @param dossiers - the run's dossiers, read once per distinct split (the store's passes)
 * @param options - the index's period, catalog and calendar
 * @param runSplit - the request's split (`serviceIndexAssumptions.onlineSplit`), or the unit's profile's for a one-unit report
 * @param unitSplits - each unit's own setting, by its name as the dossiers give it (a units table's wards)
 */
export function runIndexes(
  dossiers: Iterable<MetricsDossier>,
  options: Omit<ServiceIndexOptions, 'onlineSplit'>,
  runSplit: OnlineSplitSetting | undefined,
  unitSplits: ReadonlyMap<string, OnlineSplitSetting | undefined> = new Map(),
): RunIndexes {
  const fallback = onlineSplitOf(runSplit);
  const ofUnits = new Map([...unitSplits].map(([unit, setting]) => [unit, setting === undefined ? fallback : onlineSplitOf(setting)]));
  const distinct = new Map([...ofUnits.values()].map((s) => [keyOf(s), s]));
  const whole = runSplit === undefined && distinct.size === 1 ? ([...distinct.values()][0] as OnlineSplit) : fallback;
  distinct.set(keyOf(whole), whole);
  const indexes = new Map([...distinct].map(([key, split]) => [key, computeServiceIndex(dossiers, { ...options, onlineSplit: split })]));
  const indexOf = (split: OnlineSplit) => indexes.get(keyOf(split)) as ServiceIndex;
  return {
    whole: indexOf(whole),
    ofUnit: (unit) => serviceIndexOfUnit(indexOf(ofUnits.get(unit) ?? whole), unit),
  };
}
