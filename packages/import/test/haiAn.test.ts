import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeMetrics, createWorkCalendar, parsePeriod, type Dossier } from '@tthc/core';
import { importDossiers, importDossiersLazy, readCatalog } from '../src/index';

// examples/hai-an/exports/ — written by generate-exports.ts from examples/hai-an/dossiers.jsonl.
const dir = join(__dirname, '..', '..', '..', 'examples', 'hai-an');
const exportsDir = join(dir, 'exports');
const canonical: Dossier[] = readFileSync(join(dir, 'dossiers.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Dossier);
/** Dossiers of the city's one-stop system: their codes start with its id (examples/hai-an/_gen/setting.ts). */
const CITY_PREFIX = '000.00.12.H26-';
const sorted = (d: object) => JSON.stringify(Object.fromEntries(Object.entries(d).sort(([a], [b]) => a.localeCompare(b))));
const byCode = (ds: readonly Dossier[]) => new Map(ds.map((d) => [d.code, sorted(d)]));

describe('the Hải An exports read back as the canonical dossiers', () => {
  it.each([['one-stop.xlsx'], ['one-stop.csv']])('%s holds every dossier of the city system, field for field', async (file) => {
    const result = await importDossiers([join(exportsDir, file)], { keepApplicant: true });
    const expected = canonical.filter((d) => d.code.startsWith(CITY_PREFIX));
    expect(result.rows).toEqual({ read: expected.length + 9, accepted: expected.length, rejected: 0, skipped: 9 });
    expect(result.skipped.map((s) => s.reason)).toEqual(['title', 'title', 'title', 'blank', 'header', 'header', 'totals', 'blank', 'comment']);
    expect(byCode(result.dossiers)).toEqual(byCode(expected));
  });

  it('all three together hold exactly the 527 dossiers, each once, with the disagreements reported', async () => {
    const files = ['one-stop.xlsx', 'portal.json', 'one-stop.csv'].map((f) => join(exportsDir, f));
    const result = await importDossiers(files, { keepApplicant: true });
    for (const input of result.inputs) {
      expect(input.rows.read).toBe(input.rows.accepted + input.rows.rejected + input.rows.skipped);
    }
    expect(result.dossiers).toHaveLength(canonical.length);
    expect(byCode(result.dossiers)).toEqual(byCode(canonical));
    // The portal holds some city dossiers at an earlier state: the later state is kept.
    expect(result.conflicts.length).toBeGreaterThan(0);
    expect(new Set(result.conflicts.map((c) => c.field))).toEqual(new Set(['status']));
    expect(result.conflicts.every((c) => c.input === 'processing' && c.path.file.endsWith('portal.json'))).toBe(true);
  });

  it('gives the same figures as the canonical JSON Lines for the seed period', async () => {
    const catalog = await readCatalog(join(dir, 'catalog.csv'));
    const period = parsePeriod({ from: '2025-12-25', to: '2026-01-07' });
    const calendar = createWorkCalendar();
    const figures = (ds: Dossier[]) => {
      const { rows, rejectedRows, skippedRows, warnings, ...rest } = computeMetrics(ds, { period, catalog, calendar });
      void rows;
      void rejectedRows;
      void skippedRows;
      void warnings;
      return rest;
    };
    const expected = figures((await importDossiers([join(dir, 'dossiers.jsonl')])).dossiers);
    for (const files of [['one-stop.xlsx', 'portal.json'], ['one-stop.csv', 'portal.json'], ['one-stop.xlsx', 'portal.json', 'one-stop.csv']]) {
      const fromExports = (await importDossiers(files.map((f) => join(exportsDir, f)))).dossiers;
      expect(figures(fromExports), files.join(' + ')).toEqual(expected);
    }
  });
});

describe('importDossiersLazy (what tthc import writes)', () => {
  it('gives back dossiers.jsonl byte for byte, keys in the order of domain.md §3', async () => {
    const lines = readFileSync(join(dir, 'dossiers.jsonl'), 'utf8').split('\n').filter((l) => l !== '');
    const result = await importDossiersLazy([join(dir, 'dossiers.jsonl')], { keepApplicant: true });
    expect(result.dossierCount).toBe(lines.length);
    expect(Array.from(result.dossiers(), (d) => JSON.stringify(d))).toEqual(lines);
  });

  it('gives the same dossiers as importDossiers for the three exports together', async () => {
    const files = ['one-stop.xlsx', 'portal.json', 'one-stop.csv'].map((f) => join(exportsDir, f));
    const lazy = await importDossiersLazy(files);
    const eager = await importDossiers(files);
    expect(Array.from(lazy.dossiers())).toEqual(eager.dossiers);
    expect(lazy.rows).toEqual(eager.rows);
    expect(lazy.conflicts).toEqual(eager.conflicts);
  });
});
