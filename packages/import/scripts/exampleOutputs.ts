// What the core computes from the example exports (examples/hai-an with its catalog, examples/city):
// the QĐ 766 index of a few periods, the due alerts of a few run times, the last data day. The
// saved copy (test/fixtures/example-outputs.json, written by write-example-outputs.ts) was made
// from the canonical dossiers before the core took any iterable; the tests check that the array of
// dossiers and the import's store (wall dates) both still give it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  computeServiceIndex,
  createWorkCalendar,
  findDueAlerts,
  lastDataDay,
  type DueAlert,
  type MetricsDossier,
  type ProcedureCatalog,
  type ServiceIndex,
} from '@tthc/core';

export const examplesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');
export type Example = 'hai-an' | 'city';
/** The JSON Lines of an example's canonical dossiers. */
export const exampleDossiersFile = (example: Example): string => join(examplesDir, example, 'dossiers.jsonl');
/** The catalog both examples use (examples/city/README.md). */
export const exampleCatalogFile = join(examplesDir, 'hai-an', 'catalog.csv');

const seed = { from: '2025-12-25', to: '2026-01-07' };
export const indexCases = [
  { name: 'hai-an, seed period, catalog', example: 'hai-an', catalog: true, period: seed },
  { name: 'hai-an, 2025 Q4, no catalog', example: 'hai-an', catalog: false, period: { from: '2025-10-01', to: '2025-12-31' } },
  { name: 'city, seed period, catalog', example: 'city', catalog: true, period: seed },
  { name: 'city, January 2026, catalog', example: 'city', catalog: true, period: { from: '2026-01-01', to: '2026-01-31' } },
] as const;

export const alertCases = [
  { name: 'hai-an, 08/01/2026 07:00, 2 days', example: 'hai-an', asOf: '2026-01-08T07:00', withinDays: 2 },
  { name: 'hai-an, 12/01/2026 17:00, 0 days', example: 'hai-an', asOf: '2026-01-12T17:00', withinDays: 0 },
  { name: 'city, 12/01/2026 17:00, 3 days, paused too, applicant kept', example: 'city', asOf: '2026-01-12T17:00', withinDays: 3, includePaused: true, keepApplicant: true },
] as const;

export interface ExampleOutputs {
  index: Record<string, ServiceIndex>;
  alerts: Record<string, DueAlert[]>;
  lastDataDay: Record<string, string | undefined>;
}

/**
 * The outputs of every case from the dossiers of each example, given by `dossiersOf` (called
 * once per case: an array, or an iterable that rebuilds the dossiers each time it is read).
 */
export function exampleOutputs(dossiersOf: (example: Example) => Iterable<MetricsDossier>, catalog: ProcedureCatalog): ExampleOutputs {
  const calendar = createWorkCalendar();
  const out: ExampleOutputs = { index: {}, alerts: {}, lastDataDay: {} };
  for (const c of indexCases) {
    // `as never`: before the core took any iterable, these took an array of `Dossier`.
    out.index[c.name] = computeServiceIndex(dossiersOf(c.example) as never, { period: c.period, calendar, ...(c.catalog ? { catalog } : {}) });
  }
  for (const { name, example, ...options } of alertCases) out.alerts[name] = findDueAlerts(dossiersOf(example) as never, { ...options, calendar });
  for (const example of ['hai-an', 'city'] as const) out.lastDataDay[example] = lastDataDay(dossiersOf(example) as never);
  return out;
}

/** The canonical dossiers of an example, as its JSON Lines hold them. */
export function readExampleDossiers(example: Example): MetricsDossier[] {
  return readFileSync(exampleDossiersFile(example), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as MetricsDossier);
}
