import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openHistory } from '@tthc/history';
import { type Metrics, comparedValues, figureChanges } from '@tthc/core';
import { type ReportRun, type UnitHistory, historySummary, reportFromFigures, runReport } from '../src/index';

const city = join(import.meta.dirname, '../../../examples/city/dossiers.jsonl');
const months = [
  { from: '2025-10-01', to: '2025-10-31' },
  { from: '2025-11-01', to: '2025-11-30' },
  { from: '2025-12-01', to: '2025-12-31' },
] as const;
const [october, november, december] = months;
const LE_CHAN = 'UBND phường Lê Chân';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const storeFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-run-history-'));
  made.push(dir);
  return join(dir, 'lich-su.sqlite');
};
const at = (day: number) => () => new Date(Date.UTC(2026, 0, day));
const unitOf = (run: ReportRun, unit: string) => run.units?.find((u) => u.unit === unit);
const linesOf = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');

describe('a run with a history', () => {
  it('records each ward and month, compares December with November, and keeps old versions', async () => {
    const history = storeFile();
    const runs: ReportRun[] = [];
    for (const [i, period] of months.entries()) runs.push(await runReport({ inputs: [city], period, history }, { now: at(i + 1) }));
    const [, nov, dec] = runs as [ReportRun, ReportRun, ReportRun];
    expect(dec.history?.store).toBe('lich-su.sqlite');

    // December's wards compare with November's figures, as that run computed them (row issues' texts left out).
    for (const u of dec.units ?? []) {
      const then = unitOf(nov, u.unit as string);
      expect(u.history?.previous?.figures).toEqual({ ...then?.metrics, rejectedRows: [], warnings: [] });
      expect(u.history?.previous?.period).toEqual(november);
      expect(u.history?.lastYear).toBeUndefined(); // December 2024 is not stored
      expect(u.history?.recorded).toMatchObject({ unit: u.unit, period: december, version: 1, current: true });
      // The same export: the carried-over dossiers are those open at the end of November.
      expect(u.history?.carriedOver).toMatchObject({ missing: [], unexpected: [] });
      expect(u.history?.carriedOver?.warning).toBeUndefined();
      expect(u.history?.carriedOver?.carriedOver).toBe(u.metrics.received.carriedOver);
    }
    // The inputs: the file's name (never its folder), size and SHA-256.
    const recorded = unitOf(dec, LE_CHAN)?.history?.recorded;
    expect(recorded?.inputs).toEqual([{ name: 'dossiers.jsonl', size: readFileSync(city).length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(recorded?.accounting).toMatchObject({ read: 640, accepted: dec.accounting.rows.accepted });

    // November again: a second version; one current entry per ward and month.
    await runReport({ inputs: [city], period: november, history }, { now: at(9) });
    const store = await openHistory(history);
    try {
      const current = await store.list();
      const keys = current.map((e) => `${e.unit} ${e.period.from}`);
      expect(new Set(keys).size).toBe(keys.length);
      const wards = new Set(runs.flatMap((r) => (r.units ?? []).map((u) => u.unit)));
      expect(current.filter((e) => e.period.from === november.from).map((e) => e.version)).toEqual([...wards].map(() => 2));
      const all = await store.list({ unit: LE_CHAN, allVersions: true });
      expect(all.map((e) => [e.period.from, e.version, e.current])).toEqual([
        [october.from, 1, true],
        [november.from, 2, true],
        [november.from, 1, false],
        [december.from, 1, true],
      ]);
    } finally {
      await store.close();
    }
  });

  it('names the dossiers that differ from those open at the end of November, per ward', async () => {
    const history = storeFile();
    await runReport({ inputs: [city], period: november, history });
    const store = await openHistory(history);
    const openThen = (await store.openCodes({ unit: LE_CHAN, period: november })) ?? [];
    await store.close();
    expect(openThen.length).toBeGreaterThan(2);
    const [gone1, gone2] = openThen as [string, string];
    // A Lê Chân dossier received and ended in November, open again in the later export.
    const lines = linesOf(city).map((l) => JSON.parse(l) as Record<string, unknown>);
    const reopened = lines.find((d) => d.unit === LE_CHAN && d.status === 'returned' && String(d.receivedAt).startsWith('2025-11') && String(d.finishedAt).startsWith('2025-11'));
    expect(reopened).toBeDefined();
    const later = lines
      .filter((d) => d.code !== gone1 && d.code !== gone2)
      .map((d) => (d === reopened ? { ...d, status: 'processing', finishedAt: undefined, returnedAt: undefined } : d));
    const data = Buffer.from(later.map((d) => JSON.stringify(d)).join('\n'));

    const dec = await runReport({ inputs: [{ name: 'dossiers-later.jsonl', data }], period: december, history });
    const check = unitOf(dec, LE_CHAN)?.history?.carriedOver;
    expect(check?.missing).toEqual([
      { code: gone1, reason: 'absent' },
      { code: gone2, reason: 'absent' },
    ]);
    expect(check?.unexpected).toEqual([{ code: reopened?.code, reason: 'not_open_then' }]);
    expect(check?.warning?.code).toBe('carried_over_mismatch');
    expect(check?.warning?.message.en).toContain('2 open then are not carried over now, 1 carried over now were not open then');
    for (const u of dec.units ?? []) if (u.unit !== LE_CHAN) expect(u.history?.carriedOver?.warning).toBeUndefined();
  });

  it('runs every month of a span from one import, each recorded in order, as three runs would', async () => {
    const history = storeFile();
    const span = await runReport({ inputs: [city], period: { from: october.from, to: december.to }, each: { kind: 'month' }, history }, { now: at(1) });
    expect(span.accounting.rows.read).toBe(640); // the export read once
    expect(span.periods?.map((p) => p.period)).toEqual([...months]);
    for (const [i, period] of months.entries()) {
      const alone = await runReport({ inputs: [city], period, byUnit: true });
      const p = span.periods?.[i];
      expect(p?.metrics).toEqual(alone.metrics);
      expect(p?.units?.map((u) => [u.unit, u.metrics])).toEqual(alone.units?.map((u) => [u.unit, u.metrics]));
    }
    // December, in the same run, compares with the November just recorded, and finds it agrees.
    const dec = span.periods?.[2];
    expect(unitOf(dec as ReportRun, LE_CHAN)?.history?.previous?.period).toEqual(november);
    expect(unitOf(dec as ReportRun, LE_CHAN)?.history?.carriedOver).toMatchObject({ missing: [], unexpected: [] });
    // Its last months before it, oldest first, as recorded by the same run (the annex's sheet "Các kỳ trước").
    expect(unitOf(dec as ReportRun, LE_CHAN)?.history?.recent.map((e) => e.period)).toEqual([october, november]);
    expect(unitOf(dec as ReportRun, LE_CHAN)?.history?.recent[1]?.values).toEqual(comparedValues(unitOf(span.periods?.[1] as ReportRun, LE_CHAN)?.metrics as Metrics));
    const store = await openHistory(history);
    try {
      expect((await store.list({ unit: LE_CHAN })).map((e) => [e.period.from, e.version])).toEqual(months.map((m) => [m.from, 1]));
    } finally {
      await store.close();
    }
  });

  it("says in each ward's section IV how its figures changed from the month before, and nothing without a history", async () => {
    const history = storeFile();
    const units = join(import.meta.dirname, '../../../examples/city/units.csv');
    const request = { inputs: [city], report: { units }, formats: ['md' as const] };
    await runReport({ ...request, period: november, history });
    const dec = await runReport({ ...request, period: december, history });
    const plain = await runReport({ ...request, period: december });
    const ward = (run: ReportRun) => run.unitReports?.reports.find((w) => w.unit === 'UBND phường Lê Chân')?.files[0]?.content as string;
    const u = unitOf(dec, LE_CHAN);
    const expected = figureChanges(u?.metrics as Metrics, u?.history?.previous?.figures as Metrics)
      .map((c) => c.note.vi)
      .join('; ');
    expect(ward(dec)).toContain(`So với kỳ trước (01/11/2025 – 30/11/2025): ${expected}.`);
    expect(ward(dec)).not.toContain('So với cùng kỳ năm trước');
    expect(ward(plain)).not.toContain('So với');
    // The only difference: that paragraph (Markdown separates paragraphs by a blank line).
    expect(ward(dec).replace(/\n\n[^\n]*So với kỳ trước[^\n]*/, '')).toBe(ward(plain));
  });

  it("makes from a unit's figures and history summary (a TTHC Metrics item) the documents its run made", async () => {
    const history = storeFile();
    const haiAn = join(import.meta.dirname, '../../../examples/hai-an');
    const request = { inputs: [join(haiAn, 'dossiers.jsonl')], catalog: join(haiAn, 'catalog.csv'), report: { profile: join(haiAn, 'profile.yaml') }, formats: ['md' as const, 'xlsx' as const] };
    await runReport({ ...request, period: november, history }, { now: at(1) });
    const dec = await runReport({ ...request, period: december, history }, { now: at(2) });
    const [unit] = dec.units ?? [];
    expect(dec.units).toHaveLength(1);
    const summary = historySummary(unit?.history as UnitHistory);
    expect(summary.previous?.period).toEqual(november);
    expect(summary.recent.map((r) => r.period)).toEqual([november]);
    // Through JSON, as an n8n item carries it.
    const item = JSON.parse(JSON.stringify({ ...unit?.metrics, history: summary }));
    const { history: carried, ...metrics } = item;
    const made = await reportFromFigures({ metrics, history: carried, report: request.report, formats: request.formats });
    expect(made.files.map((f) => f.name)).toEqual(dec.documents?.files.map((f) => f.name));
    made.files.forEach((f, i) => expect(Buffer.from(f.content).equals(Buffer.from(dec.documents?.files[i]?.content ?? ''))).toBe(true));
    expect(made.files[0]?.content).toContain('So với kỳ trước (01/11/2025 – 30/11/2025)');
    // Without it, no comparison.
    const plain = await reportFromFigures({ metrics, report: request.report, formats: ['md'] });
    expect(plain.files[0]?.content).not.toContain('So với');
  });
});
