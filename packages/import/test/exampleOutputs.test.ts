import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOnlineSplit, type MetricsDossier, type ServiceIndex } from '@tthc/core';
import { importDossiersLazy, readCatalog, type LazyImportResult } from '../src/index';
import { alertCases, exampleCatalogFile, exampleDossiersFile, exampleOutputs, indexCases, readExampleDossiers, type Example, type ExampleOutputs } from '../scripts/exampleOutputs';

// The core's index, due alerts and last data day on the example exports, from the array of
// canonical dossiers and from the import's store read pass by pass with wall dates, against the
// copy saved before the core took any iterable (test/fixtures/example-outputs.json, written by
// scripts/write-example-outputs.ts from the canonical dossiers on the core of d0d1b1c).
const saved = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'example-outputs.json'), 'utf8')) as ExampleOutputs;
const catalog = await readCatalog(exampleCatalogFile);
const stores = new Map<Example, LazyImportResult>();
for (const example of ['hai-an', 'city'] as const) stores.set(example, await importDossiersLazy([exampleDossiersFile(example)], { keepApplicant: true }));
const store = (example: Example) => stores.get(example) as LazyImportResult;

/** A note (`{ code, params, vi, en }`, a warning's `{ code, params, message }`) as the copy saved it, before the codes: its texts. */
function savedShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(savedShape);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const keys = entries.map(([k]) => k).join();
  if (keys === 'code,params,vi,en') return { vi: (value as { vi: string }).vi, en: (value as { en: string }).en };
  if (keys === 'code,params,message') return { code: (value as { code: string }).code, message: (value as { message: unknown }).message };
  return Object.fromEntries(entries.map(([k, v]) => [k, savedShape(v)]));
}

/**
 * An index as the copy saved it: without the online split it records and the notes' codes and
 * params (both added after the copy was saved), each recorded split checked to be the default —
 * the only one the saved copy could have used. The texts must be the saved ones.
 */
function withoutSplit(index: ServiceIndex | undefined): unknown {
  if (index === undefined) return index;
  const bare = <T extends { groups: ServiceIndex['groups'] }>(scope: T) => {
    const { assumptions, ...online } = scope.groups.online;
    expect(assumptions.onlineSplit).toEqual(defaultOnlineSplit);
    return { ...scope, groups: { ...scope.groups, online } };
  };
  const { assumptions, ...rest } = bare(index);
  expect(assumptions.onlineSplit).toEqual(defaultOnlineSplit);
  return savedShape({ ...rest, byUnit: rest.byUnit.map(bare) });
}

/** Each output as the JSON the CLI prints (key order included), case by case. */
function expectSaved(outputs: ExampleOutputs): void {
  for (const c of indexCases) expect(JSON.stringify(withoutSplit(outputs.index[c.name])), c.name).toBe(JSON.stringify(saved.index[c.name]));
  for (const c of alertCases) expect(JSON.stringify(outputs.alerts[c.name]), c.name).toBe(JSON.stringify(saved.alerts[c.name]));
  expect(outputs.lastDataDay).toEqual(saved.lastDataDay);
}

describe('the core on the example exports', () => {
  it('has saved outputs worth comparing: lost dossiers, units, alerts with their applicant', () => {
    const city = saved.index['city, January 2026, catalog'];
    expect(city?.byUnit.length).toBeGreaterThan(1);
    expect(city?.groups.progress.lost.length).toBeGreaterThan(0);
    expect(city?.groups.digitization.lost.length).toBeGreaterThan(0);
    expect(saved.alerts['city, 12/01/2026 17:00, 3 days, paused too, applicant kept']?.every((a) => a.applicant !== undefined)).toBe(true);
    expect(Object.values(saved.alerts).every((alerts) => alerts.length > 0)).toBe(true);
  });

  it('gives the saved outputs from the array of canonical dossiers', () => {
    expectSaved(exampleOutputs(readExampleDossiers, catalog));
  });

  it("gives the saved outputs from the import's store, dates as wall milliseconds, one pass each", () => {
    let passes = 0;
    const wallDossiers = (example: Example): Iterable<MetricsDossier> => ({
      [Symbol.iterator]: () => {
        passes += 1;
        return store(example).wallDossiers();
      },
    });
    expectSaved(exampleOutputs(wallDossiers, catalog));
    expect(passes).toBe(indexCases.length + alertCases.length + 2);
  });

  it("gives the saved outputs from the store's dossiers with text dates, as an iterator", () => {
    expectSaved(exampleOutputs((example) => ({ [Symbol.iterator]: () => store(example).dossiers() }), catalog));
  });
});
