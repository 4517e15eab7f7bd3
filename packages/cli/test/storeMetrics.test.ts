import { describe, expect, it } from 'vitest';
import { computeMetrics, computeMetricsByUnit, type Dossier, type WallDossier } from '@tthc/core';
import { importDossiers, importDossiersLazy, readCatalog } from '@tthc/import';

const root = new URL('../../../', import.meta.url).pathname;
const period = { from: '2025-12-25', to: '2026-01-07' };

// The figures computed in one pass over the import's store (dossiers rebuilt one at a time, their
// dates as text or, what `tthc metrics` and `tthc report` read, as wall milliseconds) are the
// figures of the array of every dossier, byte for byte.
describe('figures from the compact store', () => {
  for (const [name, inputs] of [
    ['the example ward\'s exports', ['examples/hai-an/exports/one-stop.xlsx', 'examples/hai-an/exports/portal.json']],
    ['the example city\'s export', ['examples/city/one-stop.xlsx']],
  ] as const) {
    it(`equal those of the array of dossiers: ${name}`, async () => {
      const files = inputs.map((f) => root + f);
      const catalog = await readCatalog(`${root}examples/hai-an/catalog.csv`);
      const array = await importDossiers(files);
      const lazy = await importDossiersLazy(files);
      const stored: Iterable<Dossier> = { [Symbol.iterator]: () => lazy.dossiers() };
      const walls: Iterable<WallDossier> = { [Symbol.iterator]: () => lazy.wallDossiers() };
      const options = { period, catalog };
      const expected = JSON.stringify(computeMetrics(array.dossiers, options));
      expect(JSON.stringify(computeMetrics(stored, options))).toBe(expected);
      expect(JSON.stringify(computeMetrics(walls, options))).toBe(expected);
      const expectedByUnit = JSON.stringify(computeMetricsByUnit(array.dossiers, options));
      expect(JSON.stringify(computeMetricsByUnit(stored, options))).toBe(expectedByUnit);
      expect(JSON.stringify(computeMetricsByUnit(walls, options))).toBe(expectedByUnit);
      expect(computeMetrics(walls, options).received.total).toBeGreaterThan(0);
    });
  }
});
