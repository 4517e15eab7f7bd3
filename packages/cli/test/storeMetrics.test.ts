import { describe, expect, it } from 'vitest';
import { computeMetrics, computeMetricsByUnit, createMetricsTally, type Dossier, type WallDossier } from '@tthc/core';
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

  // What `tthc metrics` does: the figures tallied as the import reads each dossier, unless a code
  // was read twice (the ward's two exports share codes: merged, so counted again over the store).
  for (const [name, inputs, passedOn] of [
    ['the example city\'s export', ['examples/city/one-stop.xlsx'], true],
    ['the example ward\'s exports', ['examples/hai-an/exports/one-stop.xlsx', 'examples/hai-an/exports/portal.json'], false],
  ] as const) {
    it(`tallied as the import reads them, equal those of the array when no code was merged: ${name}`, async () => {
      const files = inputs.map((f) => root + f);
      const catalog = await readCatalog(`${root}examples/hai-an/catalog.csv`);
      const options = { period, catalog };
      const tally = createMetricsTally(options);
      const lazy = await importDossiersLazy(files, { onDossier: (d) => tally.add(d) });
      expect(lazy.passedOn).toBe(passedOn);
      const expected = JSON.stringify(computeMetrics((await importDossiers(files)).dossiers, options));
      if (passedOn) expect(JSON.stringify(tally.result({}))).toBe(expected);
      else expect(lazy.rows.accepted).toBeGreaterThan(lazy.dossierCount); // rows merged into a dossier passed on before
    });
  }
});
