import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Dossier,
  InputError,
  computeMetrics,
  computeMetricsByUnit,
  computeServiceIndex,
  createWorkCalendar,
  findDueAlerts,
  parseDossier,
} from '@tthc/core';
import { importAccountingOf, importDossiers, metricsAccountingOf, readCatalog } from '@tthc/import';
import { formatPoints, parseNotes, parseProfile, renderReport, reportFileName } from '@tthc/render';
import { type FileAccess, diskFiles, reportFromFigures, runReport } from '../src/index';

const examples = join(import.meta.dirname, '../../../examples');
const haiAn = join(examples, 'hai-an');
const city = join(examples, 'city');
const period = { from: '2025-12-25', to: '2026-01-07' } as const;
const catalogPath = join(haiAn, 'catalog.csv');

const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-run-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const jsonLines = (path: string): Dossier[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => parseDossier(JSON.parse(l)));

describe('runReport: one unit', () => {
  const request = {
    inputs: [join(haiAn, 'dossiers.jsonl')],
    catalog: catalogPath,
    period,
    report: { profile: join(haiAn, 'profile.yaml'), notes: join(haiAn, 'notes-2025-12-25_2026-01-07.yaml') },
    formats: ['docx', 'xlsx', 'md'] as const,
  };

  it('gives the figures of computeMetrics over the same dossiers, with the import accounting', async () => {
    const run = await runReport({ ...request, formats: [...request.formats] });
    const imported = await importDossiers([join(haiAn, 'dossiers.jsonl')]);
    const catalog = await readCatalog(catalogPath);
    const expected = computeMetrics(imported.dossiers, { period, catalog, calendar: createWorkCalendar(), ...metricsAccountingOf(imported) });
    expect(run.metrics).toEqual(expected);
    expect(run.accounting).toEqual(importAccountingOf(imported));
  });

  it('writes the documents renderReport writes from those figures, named by the profile', async () => {
    const run = await runReport({ ...request, formats: [...request.formats] });
    const profile = parseProfile(readFileSync(join(haiAn, 'profile.yaml'), 'utf8'), 'profile.yaml');
    const notes = parseNotes(readFileSync(request.report.notes, 'utf8'), 'notes.yaml');
    const rendered = await renderReport({ metrics: run.metrics!, profile, notes, formats: ['docx', 'xlsx', 'md'] });
    expect(run.documents?.files.map((f) => f.name)).toEqual(['docx', 'xlsx', 'md'].map((f) => reportFileName(profile.unit.name, period, f)));
    expect(run.documents?.files.map((f) => f.content)).toEqual([rendered.docx, rendered.xlsx, rendered.md]);
  });

  it('computes the QĐ 766 index when the profile turns its section on, and the report shows it', async () => {
    const dir = tempDir();
    const profile = join(dir, 'profile.yaml');
    writeFileSync(profile, `${readFileSync(join(haiAn, 'profile.yaml'), 'utf8')}\nserviceIndex: true\n`);
    const month = { from: '2025-12-01', to: '2025-12-31' };
    const run = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], catalog: catalogPath, period: month, report: { profile }, formats: ['md'] });
    const dossiers = jsonLines(join(haiAn, 'dossiers.jsonl'));
    const expected = computeServiceIndex(dossiers, { period: month, catalog: await readCatalog(catalogPath), calendar: createWorkCalendar() });
    expect(run.serviceIndex).toEqual(expected);
    expect(String(run.documents?.files[0]?.content)).toContain('766');
  });

  it("scores the online group with the split the unit's profile sets (merged with the notes), and the report states it", async () => {
    const dir = tempDir();
    const profile = join(dir, 'profile.yaml');
    const profileText = readFileSync(join(haiAn, 'profile.yaml'), 'utf8');
    writeFileSync(profile, `${profileText}\nserviceIndex: true\nserviceIndexAssumptions: { onlineSplit: { points: [3, 4, 5] } }\n`);
    const month = { from: '2025-12-01', to: '2025-12-31' };
    const base = { inputs: [join(haiAn, 'dossiers.jsonl')], catalog: catalogPath, period: month, formats: ['md' as const] };
    const run = await runReport({ ...base, report: { profile } });
    const dossiers = jsonLines(join(haiAn, 'dossiers.jsonl'));
    const options = { period: month, catalog: await readCatalog(catalogPath), calendar: createWorkCalendar() };
    expect(run.serviceIndex).toEqual(computeServiceIndex(dossiers, { ...options, onlineSplit: { points: [3, 4, 5] } }));
    expect(run.serviceIndex?.assumptions.onlineSplit).toEqual({ name: 'split-3-4-5', version: 1, points: [3, 4, 5], status: 'hypothesis' });
    expect(run.serviceIndex?.groups.online.score).not.toBe(computeServiceIndex(dossiers, options).groups.online.score);
    expect(String(run.documents?.files[0]?.content)).toContain('là 3 + 4 + 5 điểm theo giả định split-3-4-5 (phiên bản 1)');
    // The period's notes can change it too; the profile's setting wins over the request's.
    const notes = join(dir, 'notes.yaml');
    writeFileSync(notes, 'serviceIndexAssumptions: { onlineSplit: { name: ha-noi-2027, version: 2, points: [4, 4, 4] } }\n');
    const withNotes = await runReport({ ...base, report: { profile, notes }, serviceIndexAssumptions: { onlineSplit: { points: [6, 4, 2] } } });
    expect(withNotes.serviceIndex?.assumptions.onlineSplit).toMatchObject({ name: 'ha-noi-2027', version: 2, points: [4, 4, 4] });
  });

  it('scores the index with the split the request gives when no profile sets one', async () => {
    const month = { from: '2025-12-01', to: '2025-12-31' };
    const run = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], period: month, serviceIndex: true, serviceIndexAssumptions: { onlineSplit: { points: [3, 4, 5] } } });
    expect(run.serviceIndex?.assumptions.onlineSplit.name).toBe('split-3-4-5');
    const error = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], period: month, serviceIndex: true, serviceIndexAssumptions: { onlineSplit: { points: [3, 4, 4] } } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/serviceIndexAssumptions\.onlineSplit\.points: the three points \(A, B, C\) must add up to 12/);
  });

  it('says when the data ends before the period does (and not otherwise)', async () => {
    const late = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], period: { from: '2026-01-01', to: '2026-03-31' } });
    expect(late.periodWarnings.map((w) => w.code)).toContain('data_ends_before_period');
    expect(late.lastDataDay! < '2026-03-31').toBe(true);
    const inside = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], period });
    expect(inside.periodWarnings).toEqual([]);
  });

  it('counts a preset period from its run date', async () => {
    const run = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], period: { preset: 'month', runDate: '2026-01-08' } });
    expect(run.period).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('gives the due alerts findDueAlerts gives over the same dossiers', async () => {
    const run = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], alerts: { asOf: '2026-01-08T07:00', withinDays: 3 } });
    const expected = findDueAlerts(jsonLines(join(haiAn, 'dossiers.jsonl')), { asOf: '2026-01-08T07:00', withinDays: 3, calendar: createWorkCalendar() });
    expect(run.alerts).toEqual(expected);
    expect(run.alerts!.length).toBeGreaterThan(0);
  });

  it('makes the same documents from figures already computed (reportFromFigures)', async () => {
    const run = await runReport({ ...request, formats: ['docx', 'xlsx'] });
    const again = await reportFromFigures({ metrics: run.metrics!, report: request.report, formats: ['docx', 'xlsx'] });
    expect(again.files).toEqual(run.documents?.files);
  });
});

describe('runReport: a request it cannot run', () => {
  it('names the field that is wrong', async () => {
    const error = await runReport({ inputs: [], period }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/inputs/);
    await expect(runReport({ inputs: ['x.csv'], report: { profile: 'p.yaml' } })).rejects.toThrow(/period/);
  });

  it('reads every small file through the file access it is given, named by the names given', async () => {
    const asked: string[] = [];
    const files: FileAccess = { readFile: (path, name) => (asked.push(name), diskFiles.readFile(path, name)) };
    await runReport(
      {
        inputs: [join(haiAn, 'dossiers.jsonl')],
        catalog: { name: 'catalog.csv', path: catalogPath },
        period,
        report: { profile: { name: 'profile.yaml', path: join(haiAn, 'profile.yaml') } },
        formats: ['md'],
      },
      { files },
    );
    expect(asked).toEqual(['catalog.csv', 'profile.yaml']);
    const missing = await runReport({ inputs: [join(haiAn, 'dossiers.jsonl')], period, catalog: { name: 'catalog.csv', path: '/nowhere/x/catalog.csv' } }).catch((e: unknown) => e);
    expect((missing as Error).message).toContain('catalog.csv');
    expect((missing as Error).message).not.toContain('/nowhere');
  });
});

describe('runReport: every ward of a units table', () => {
  const wards = [
    { id: '000.31.12.H26', unit: 'UBND phường Lê Chân' },
    { id: '000.32.12.H26', unit: 'UBND Phường Ngô Quyền' },
    { id: '000.33.12.H26', unit: 'UBND phường Hồng Bàng' },
  ];
  const canonical = jsonLines(join(city, 'dossiers.jsonl'));

  it("gives each ward the figures of its own dossiers (by code, whatever the unit's spelling) and its index when its profile asks", async () => {
    const dir = tempDir();
    const lines = ['unit,profile'];
    for (const name of ['le-chan', 'ngo-quyen', 'hong-bang', 'do-son']) {
      writeFileSync(join(dir, `${name}.yaml`), `${readFileSync(join(city, 'profiles', `${name}.yaml`), 'utf8')}\nserviceIndex: true\n`);
    }
    for (const row of readFileSync(join(city, 'units.csv'), 'utf8').trim().split('\n').slice(1)) lines.push(row.replace('profiles/', ''));
    writeFileSync(join(dir, 'units.csv'), `${lines.join('\n')}\n`);
    const month = { from: '2025-12-01', to: '2025-12-31' };
    const run = await runReport({ inputs: [join(city, 'one-stop.xlsx')], catalog: catalogPath, period: month, report: { units: join(dir, 'units.csv') }, formats: ['md'] });
    const catalog = await readCatalog(catalogPath);
    expect(run.unitReports?.reports.map((r) => r.unit)).toEqual(wards.map((w) => w.unit));
    expect(run.unitReports?.absent).toEqual(['UBND phường Đồ Sơn']);
    for (const ward of wards) {
      const own = canonical.filter((d) => d.code.startsWith(ward.id));
      const unitRun = run.units?.find((u) => u.unit === ward.unit);
      const [alone] = computeMetricsByUnit(own.map((d) => ({ ...d, unit: ward.unit })), { period: month, catalog, calendar: createWorkCalendar() });
      expect(unitRun?.metrics.received).toEqual(alone?.metrics.received);
      expect(unitRun?.metrics.resolved).toEqual(alone?.metrics.resolved);
      const index = computeServiceIndex(own.map((d) => ({ ...d, unit: ward.unit })), { period: month, catalog, calendar: createWorkCalendar() });
      expect(unitRun?.serviceIndex).toEqual(index);
      const report = run.unitReports?.reports.find((r) => r.unit === ward.unit);
      expect(String(report?.files[0]?.content)).toContain(formatPoints(index.total));
    }
  });

  it('gives each ward the index of its own online split, and the whole the default when the wards differ', async () => {
    const dir = tempDir();
    const splits: Record<string, string> = { 'le-chan': '[3, 4, 5]', 'hong-bang': '[4, 4, 4]', 'do-son': '[3, 4, 5]' };
    for (const name of ['le-chan', 'ngo-quyen', 'hong-bang', 'do-son']) {
      const split = splits[name] ? `serviceIndexAssumptions: { onlineSplit: { points: ${splits[name]} } }\n` : '';
      writeFileSync(join(dir, `${name}.yaml`), `${readFileSync(join(city, 'profiles', `${name}.yaml`), 'utf8')}\nserviceIndex: true\n${split}`);
    }
    writeFileSync(join(dir, 'units.csv'), readFileSync(join(city, 'units.csv'), 'utf8').replaceAll('profiles/', ''));
    const month = { from: '2025-12-01', to: '2025-12-31' };
    const run = await runReport({ inputs: [join(city, 'dossiers.jsonl')], catalog: catalogPath, period: month, report: { units: join(dir, 'units.csv') }, formats: ['md'] });
    const options = { period: month, catalog: await readCatalog(catalogPath), calendar: createWorkCalendar() };
    const expected: Record<string, string> = { 'UBND phường Lê Chân': 'split-3-4-5', 'UBND Phường Ngô Quyền': 'split-2-4-6', 'UBND phường Hồng Bàng': 'split-4-4-4' };
    for (const ward of wards) {
      const unitRun = run.units?.find((u) => u.unit === ward.unit);
      const split = unitRun?.serviceIndex?.assumptions.onlineSplit;
      expect(split?.name, ward.unit).toBe(expected[ward.unit]);
      const own = canonical.filter((d) => d.code.startsWith(ward.id)).map((d) => ({ ...d, unit: ward.unit }));
      expect(unitRun?.serviceIndex).toEqual(computeServiceIndex(own, { ...options, onlineSplit: split }));
      const report = run.unitReports?.reports.find((r) => r.unit === ward.unit);
      expect(String(report?.files[0]?.content)).toContain(`theo giả định ${expected[ward.unit]} (phiên bản 1)`);
    }
    expect(run.serviceIndex?.assumptions.onlineSplit.name).toBe('split-2-4-6');
  });

  it('finds the profiles among the files given by their file names, and names a missing one', async () => {
    const table = { name: 'units.csv', data: readFileSync(join(city, 'units.csv')) };
    const profiles = ['le-chan', 'ngo-quyen', 'hong-bang', 'do-son'].map((n) => ({ name: `${n}.yaml`, data: readFileSync(join(city, 'profiles', `${n}.yaml`)) }));
    const run = await runReport({ inputs: [join(city, 'one-stop.xlsx')], period, report: { units: table, profiles }, formats: ['md'] });
    expect(run.unitReports?.reports).toHaveLength(3);
    const error = await runReport({ inputs: [join(city, 'one-stop.xlsx')], period, report: { units: table, profiles: profiles.slice(1) }, formats: ['md'] }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/le-chan\.yaml/);
  });
});

describe('runReport: a dataset (canonical JSON Lines with the accounting of the import that made it)', () => {
  it('reports the accounting of the original files and the figures of a run on them', async () => {
    const first = await runReport({ inputs: [join(city, 'one-stop.xlsx')], catalog: catalogPath, period });
    const data = Buffer.concat([...first.imported.jsonLines()]);
    const again = await runReport({ inputs: [{ dataset: { name: 'dossiers.jsonl', data }, accounting: first.accounting }], catalog: catalogPath, period });
    expect(again.accounting).toEqual(first.accounting);
    expect(again.metrics).toEqual(first.metrics);
  });

  it('moves a line refused now from accepted to rejected, rows read unchanged', async () => {
    const first = await runReport({ inputs: [join(city, 'one-stop.xlsx')] });
    const lines = Buffer.concat([...first.imported.jsonLines()]).toString('utf8').trim().split('\n');
    const broken = { ...JSON.parse(lines[0]!), status: 'no-such-status' };
    lines[0] = JSON.stringify(broken);
    const again = await runReport({ inputs: [{ dataset: { name: 'dossiers.jsonl', data: Buffer.from(`${lines.join('\n')}\n`) }, accounting: first.accounting }] });
    const before = first.accounting.rows;
    expect(again.accounting.rows).toEqual({ read: before.read, accepted: before.accepted - 1, rejected: before.rejected + 1, skipped: before.skipped });
    expect(again.accounting.rejected.at(-1)?.path).toMatchObject({ file: 'dossiers.jsonl', row: 1 });
    expect(again.accounting.dossiers).toBe(first.accounting.dossiers - 1);
  });
});
