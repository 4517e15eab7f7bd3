import type { ServiceIndex } from './schema';

/**
 * The index of one unit as an index of its own: the unit's entry of `byUnit` with the period,
 * formula version, assumptions and warnings of the whole (what a ward's report shows). An index computed
 * over a single unit's dossiers has no `byUnit`: it is that unit's, whatever `unit` is asked.
 *
 * @param index - `computeServiceIndex` over the dossiers of one or more units
 * @param unit - the unit's name as the dossiers write it
 * @returns the unit's index, `undefined` when the index holds several units and not this one
 * @example serviceIndexOfUnit(computeServiceIndex(cityDossiers, { period }), 'Phường Hải An')?.total
 */
export function serviceIndexOfUnit(index: ServiceIndex, unit: string): ServiceIndex | undefined {
  if (index.byUnit.length === 0) return index;
  const entry = index.byUnit.find((u) => u.unit === unit);
  if (entry === undefined) return undefined;
  const { unit: _unit, ...scores } = entry;
  return { period: index.period, periodKind: index.periodKind, formulaVersion: index.formulaVersion, assumptions: index.assumptions, warnings: index.warnings, ...scores, byUnit: [] };
}
