import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeMetrics, lastDataDay, type WallDossier } from '@tthc/core';
import { importDossiers, importDossiersLazy, importMetrics, metricsAccountingOf } from '../src/index';
import { benchRow, heading } from '../bench/generate';
import { corruptXlsx, oneStopCsv, oneStopXlsx } from '../scripts/fixtures';
import { xlsxBuffer } from '../scripts/xlsxWriter';

const dir = mkdtempSync(join(tmpdir(), 'tthc-on-dossier-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const enc = (s: string) => new TextEncoder().encode(s);
const line = (code: string, status = 'processing') =>
  JSON.stringify({ code, procedureName: 'Đăng ký khai sinh', status, channel: 'online', receivedAt: '2026-01-05T08:00:00', dueAt: '2026-01-09T17:00:00' });
const jsonl = (name: string, lines: string[]) => ({ name, data: enc(`${lines.join('\n')}\n`) });

describe('onDossier', () => {
  it('passes on each dossier once, in order, as the store holds it, when no code is read twice', async () => {
    const inputs = [{ name: 'one-stop.xlsx', data: await oneStopXlsx() }, jsonl('more.jsonl', [line('X-1'), line('X-2')])];
    const passed: WallDossier[] = [];
    const result = await importDossiersLazy(inputs, { onDossier: (d) => passed.push(d) });
    expect(result.passedOn).toBe(true);
    expect(passed.length).toBe(result.dossierCount);
    expect(JSON.parse(JSON.stringify(passed))).toEqual(JSON.parse(JSON.stringify([...result.wallDossiers()])));
  });

  it('says it did not when a code is read twice (merged, its dossier then changed) or a file failed and the rest was read again', async () => {
    const passed: string[] = [];
    const twice = await importDossiersLazy([jsonl('a.jsonl', [line('A-1'), line('A-2'), line('A-1', 'returned')])], { onDossier: (d) => passed.push(d.code) });
    expect(twice.passedOn).toBe(false);
    expect(passed).toEqual(['A-1', 'A-2']); // the merged row is not passed on…
    expect([...twice.wallDossiers()][0]?.status).toBe('returned'); // …and the stored dossier is not the one passed on
    const inputs = [{ name: 'a.csv', data: oneStopCsv() }, { name: 'broken.xlsx', data: await corruptXlsx() }];
    const collected = await importDossiersLazy(inputs, { onDossier: () => {}, onInputError: 'collect' });
    expect(collected.failedInputs.map((f) => f.name)).toEqual(['broken.xlsx']);
    expect(collected.passedOn).toBe(false);
    expect((await importDossiersLazy([inputs[0] as { name: string; data: Uint8Array }], { onDossier: () => {} })).passedOn).toBe(true);
  });

  it('importMetrics gives the figures of the array of dossiers, tallied or, after a merge, counted over the store', async () => {
    const period = { from: '2026-01-01', to: '2026-01-31' };
    for (const inputs of [[{ name: 'a.csv', data: oneStopCsv() }], [jsonl('a.jsonl', [line('A-1'), line('A-2'), line('A-1', 'returned')])]]) {
      const array = await importDossiers(inputs);
      const expected = computeMetrics(array.dossiers, { period, ...metricsAccountingOf(array) });
      const { metrics, imported } = await importMetrics(inputs, { period });
      expect(JSON.stringify(metrics)).toBe(JSON.stringify(expected));
      expect(imported.dossierCount).toBe(array.dossiers.length);
    }
  });

  it('a workbook of several batches, scanned on the worker: the figures and the last day tallied as read are those counted again', async () => {
    // 5 000 rows of four wards, every code once: about four batches of the worker, each read,
    // validated, stored and passed on in turn; counted again here from the array import on one thread.
    const path = join(dir, 'four-wards.xlsx');
    const rows = [heading, ...Array.from({ length: 5000 }, (_, i) => benchRow(i, i % 2 === 0, 4))];
    writeFileSync(path, await xlsxBuffer({ name: 'Danh sách hồ sơ', rows }));
    const period = { from: '2025-01-01', to: '2025-01-31' };
    const array = await importDossiers([path], { worker: false });
    const expected = computeMetrics(array.dossiers, { period, ...metricsAccountingOf(array) });
    const { metrics, imported, lastDataDay: last } = await importMetrics([path], { period }, { worker: true });
    expect(imported.passedOn).toBe(true);
    expect(imported.dossierCount).toBe(5000);
    expect(metrics.received.total).toBeGreaterThan(1000);
    expect(metrics.byUnit.length).toBe(4);
    expect(JSON.stringify(metrics)).toBe(JSON.stringify(expected));
    expect(last).toBe(lastDataDay(array.dossiers));
  });
});
