import { type MetricsDossier, unitNameKey } from '@tthc/core';

/**
 * The dossiers with each unit the units table lists named as the table writes it, so that the
 * spelling variants of one ward count together (names match by `unitNameKey` of @tthc/core: NFC,
 * case and diacritics folded); a unit the table does not list keeps its name. One dossier at a
 * time: they may come straight from the import's store.
 *
 * @param dossiers - the dossiers of every unit
 * @param units - the table's unit names
 * @returns the same dossiers, renamed where the table names their unit
 * @example
 * computeMetricsByUnit(namedAsTable(dossiers, ['Phường Hải An']), { period })
 */
export function* namedAsTable<D extends MetricsDossier>(dossiers: Iterable<D>, units: readonly string[]): Generator<D> {
  const tableName = new Map(units.map((u) => [unitNameKey(u), u]));
  // Each distinct spelling is folded once (a city export repeats a few hundred unit names).
  const named = new Map<string, string | undefined>();
  for (const d of dossiers) {
    let name: string | undefined;
    if (d.unit !== undefined) {
      if (named.has(d.unit)) name = named.get(d.unit);
      else named.set(d.unit, (name = tableName.get(unitNameKey(d.unit))));
    }
    yield name === undefined || name === d.unit ? d : { ...d, unit: name };
  }
}
