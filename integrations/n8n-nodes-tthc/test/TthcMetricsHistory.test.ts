import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IExecuteFunctions } from 'n8n-workflow';
import { TthcMetrics } from '../src/nodes/TthcMetrics/TthcMetrics.node';
import { historyLocationOf } from '../src/lib/historyParameters';
import { mockExecute } from './_lib/mockExecute';
import { dossiers } from './_lib/fixtures';

const node = new TthcMetrics();
// ISO weeks 2 and 3 of 2026. At the end of week 2, A2 (processing) and A4 (accepted) are open; A1
// and A3 ended in it (hand-checked, domain.md §7).
const week2 = { period: 'custom', from: '2026-01-05', to: '2026-01-11', catalogSource: 'none', options: {} };
const week3 = { ...week2, from: '2026-01-12', to: '2026-01-18' };
const items = (list: readonly object[]) => list.map((json) => ({ json: json as Record<string, never> }));

describe('TTHC Metrics with a history', () => {
  it('records each week, compares week 3 with week 2 and checks the carried-over dossiers', async () => {
    const historyPath = join(mkdtempSync(join(tmpdir(), 'tthc-n8n-history-')), 'lich-su');
    const params = { history: 'embedded', historyPath };
    const first = (await node.execute.call(mockExecute({ items: items(dossiers), params: { ...week2, ...params } })))[0]!;
    expect(first[0]?.json.history).toEqual({ recorded: { version: 1, recordedAt: expect.any(String) }, recent: [] });

    const same = (await node.execute.call(mockExecute({ items: items(dossiers), params: { ...week3, ...params } })))[0]!;
    expect(same[0]?.json.history).toMatchObject({
      recorded: { version: 1 },
      previous: { period: { from: '2026-01-05', to: '2026-01-11' }, version: 1, figures: { received: { total: 4 } } },
      carriedOver: { unit: 'Phường A', openThen: 2, carriedOver: 2, missing: [], unexpected: [] },
    });

    const changed = (await node.execute.call(mockExecute({ items: items(dossiers.filter((d) => d.code !== 'A4')), params: { ...week3, ...params } })))[0]!;
    expect(changed[0]?.json.history).toMatchObject({
      recorded: { version: 2 },
      carriedOver: { missing: [{ code: 'A4', reason: 'absent' }], unexpected: [], warning: { code: 'carried_over_mismatch' } },
    });
  });

  it('refuses a path the instance blocks, naming the file only', async () => {
    const params = { ...week2, history: 'embedded', historyPath: '/srv/n8n/secret/lich-su.sqlite' };
    const run = node.execute.call(mockExecute({ items: items(dossiers), params, blockedPaths: ['/srv/n8n/secret/lich-su.sqlite'] }));
    await expect(run).rejects.toThrow(/lich-su\.sqlite/);
    await expect(node.execute.call(mockExecute({ items: items(dossiers), params, blockedPaths: ['/srv/n8n/secret/lich-su.sqlite'] }))).rejects.not.toThrow(/\/srv\/n8n/);
  });

  it('builds the PostgreSQL URL from n8n\'s Postgres credential', async () => {
    const ctx = (credential: Record<string, unknown>) =>
      ({ getNodeParameter: () => 'postgres', getCredentials: async () => credential }) as unknown as IExecuteFunctions;
    expect(await historyLocationOf(ctx({ host: 'db.local', port: 5433, database: 'tthc', user: 'n8n', password: 'p@ss:w/rd', ssl: 'disable' }))).toBe(
      'postgres://n8n:p%40ss%3Aw%2Frd@db.local:5433/tthc',
    );
    expect(await historyLocationOf(ctx({ host: 'db', port: 5432, database: 'x', user: 'u', password: '', ssl: 'require', allowUnauthorizedCerts: true }))).toBe(
      'postgres://u:@db:5432/x?sslmode=no-verify',
    );
  });
});
