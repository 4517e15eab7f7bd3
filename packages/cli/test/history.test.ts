import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, tthc } from './_run';

// Hand-checked (domain.md §7): in November A (received 10/11, open) and B (received 12/11, returned
// 20/11) are received, B resolved, A open at the month's end. In the later export A is gone and B
// is open again; C is new in December.
const row = (code: string, receivedAt: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ code, unit: 'Phường A', procedureName: 'Đăng ký khai sinh', channel: 'direct', status: 'processing', receivedAt, dueAt: '2026-02-02T17:00:00', ...extra });
const then = [row('A', '2025-11-10T08:00:00'), row('B', '2025-11-12T08:00:00', { status: 'returned', returnedAt: '2025-11-20T08:00:00' }), row('C', '2025-12-03T08:00:00')];
const later = [row('B', '2025-11-12T08:00:00'), row('C', '2025-12-03T08:00:00')];
const f = files({ 'then.jsonl': `${then.join('\n')}\n`, 'later.jsonl': `${later.join('\n')}\n` });
const november = ['--from', '2025-11-01', '--to', '2025-11-30'];
const december = ['--from', '2025-12-01', '--to', '2025-12-31'];

describe('tthc metrics --history and tthc history', () => {
  it('records, compares with the previous month, and names the carried-over dossiers that differ', async () => {
    const history = join(mkdtempSync(join(tmpdir(), 'tthc-cli-history-')), 'lich-su');
    const nov = await tthc('metrics', '--input', f['then.jsonl']!, ...november, '--history', history, '--json', '--no-progress');
    expect(nov.code).toBe(0);
    expect(JSON.parse(nov.stdout).history).toMatchObject({ store: 'tthc-history.sqlite', units: [{ unit: 'Phường A', recorded: { version: 1 } }] });

    const same = await tthc('metrics', '--input', f['then.jsonl']!, ...december, '--history', history, '--json', '--no-progress');
    const unit = JSON.parse(same.stdout).history.units[0];
    expect(unit.previous).toMatchObject({ period: { from: '2025-11-01', to: '2025-11-30' }, version: 1, figures: { received: { total: 2 }, resolved: { total: 1 } } });
    expect(unit.carriedOver).toMatchObject({ openThen: 1, carriedOver: 1, missing: [], unexpected: [] });
    expect(same.stderr).not.toContain('carried over');

    const changed = await tthc('metrics', '--input', f['later.jsonl']!, ...december, '--history', history, '--json', '--no-progress');
    expect(changed.code).toBe(0);
    expect(JSON.parse(changed.stdout).history.units[0].carriedOver).toMatchObject({
      missing: [{ code: 'A', reason: 'absent' }],
      unexpected: [{ code: 'B', reason: 'not_open_then' }],
      warning: { code: 'carried_over_mismatch' },
    });
    expect(changed.stderr).toContain('Phường A: the dossiers carried over do not match those open at the end of 01/11/2025–30/11/2025');
    expect(changed.stderr).toContain('open then, not carried over now: A (absent)');
    expect(changed.stderr).toContain('carried over now, not open then: B (not_open_then)');

    const list = await tthc('history', 'list', '--history', history, '--json');
    expect(JSON.parse(list.stdout).map((e: { period: { from: string }; version: number }) => [e.period.from, e.version])).toEqual([
      ['2025-11-01', 1],
      ['2025-12-01', 2],
    ]);
    const all = await tthc('history', 'list', '--history', history, '--all-versions');
    expect(all.stdout.trim().split('\n')).toHaveLength(3);
    const show = await tthc('history', 'show', '--history', history, '--unit', 'Phường A', ...december);
    expect(show.stdout).toContain('v2');
    expect(show.stdout).toContain('inputs differ from the version before');
    // December has 2 dossiers either way (A or B carried over, C new): only the rows read differ.
    expect(show.stdout).toContain('changed: rowsRead 3 → 2');
    const csv = await tthc('history', 'export', '--history', history, '--format', 'csv');
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\ufeffunit,from,to,version,current,/);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual(['Phường A,2025-11-01,2025-11-30,1,1', 'Phường A,2025-12-01,2025-12-31,2,1']);

    // Moving the store: every version into an empty one, listed the same; never twice.
    const moved = join(mkdtempSync(join(tmpdir(), 'tthc-cli-history-')), 'moved.sqlite');
    const copy = await tthc('history', 'copy', '--history', history, '--into', moved);
    expect(copy.code).toBe(0);
    expect(copy.stderr).toContain('copied 3 entries (2 unit periods) into moved.sqlite');
    const listed = async (where: string) => (await tthc('history', 'list', '--history', where, '--all-versions', '--json')).stdout;
    expect(await listed(moved)).toBe(await listed(history));
    const twice = await tthc('history', 'copy', '--history', history, '--into', moved);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('moved.sqlite: the target history store already holds 3 entries');
  });

  it('--each month: every month of the span from one reading, each recorded and compared in turn', async () => {
    const history = join(mkdtempSync(join(tmpdir(), 'tthc-cli-history-')), 'h.sqlite');
    const run = await tthc('metrics', '--input', f['then.jsonl']!, '--from', '2025-11-01', '--to', '2025-12-31', '--each', 'month', '--history', history, '--json', '--no-progress');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.rows.read).toBe(3);
    // The span: A and B received in November, C in December; each month as computed alone.
    expect(json.received.total).toBe(3);
    expect(json.periods.map((p: { period: { from: string }; received: { total: number } }) => [p.period.from, p.received.total])).toEqual([
      ['2025-11-01', 2],
      ['2025-12-01', 2],
    ]);
    expect(json.periods[1].history.units[0]).toMatchObject({ previous: { period: { from: '2025-11-01' } }, carriedOver: { missing: [], unexpected: [] } });
    expect((await tthc('metrics', '--input', f['then.jsonl']!, ...november, '--each', 'fortnight')).code).toBe(2);
  });

  it('needs --history and an action', async () => {
    expect((await tthc('history', 'list')).code).toBe(2);
    expect((await tthc('history', 'drop', '--history', 'x')).code).toBe(2);
    expect((await tthc('history', 'copy', '--history', 'x')).code).toBe(2);
    const same = await tthc('history', 'copy', '--history', join(tmpdir(), 'same.sqlite'), '--into', join(tmpdir(), '.', 'same.sqlite'));
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('same.sqlite: kho đích chính là kho nguồn');
  });
});
