import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { type HistoryStore, copyHistory, openHistory } from '../src/index';
import { migratorOf } from '../src/openHistory';
import { entry } from './_entry';

// What every history store does, the embedded one and PostgreSQL alike: each test file runs these
// against its own.

const november = { from: '2025-11-01', to: '2025-11-30' };
const december = { from: '2025-12-01', to: '2025-12-31' };

/** Records versions, keeps the old ones, gives the figures back as recorded; the same once opened again. */
export async function recordsVersions(open: () => Promise<HistoryStore>): Promise<void> {
  const store = await open();
  const first = entry('Phường A', november, ['H1', 'H2'], '2026-12-01T00:00:00.000Z');
  await store.record(first);
  await store.record(entry('Phường B', november, []));
  await store.record(entry('Phường A', december));
  const again = await store.record(entry('Phường A', november, ['H2'], '2026-12-02T00:00:00.000Z'));
  expect(again).toMatchObject({ unit: 'Phường A', period: november, version: 2, current: true, openAtEnd: 1 });

  const current = await store.list();
  expect(current.map((e) => [e.unit, e.period.from, e.version, e.current])).toEqual([
    ['Phường A', '2025-11-01', 2, true],
    ['Phường A', '2025-12-01', 1, true],
    ['Phường B', '2025-11-01', 1, true],
  ]);
  const all = await store.list({ unit: 'Phường A', allVersions: true });
  expect(all.map((e) => [e.period.from, e.version, e.current])).toEqual([
    ['2025-11-01', 2, true],
    ['2025-11-01', 1, false],
    ['2025-12-01', 1, true],
  ]);
  const versions = await store.versions({ unit: 'Phường A', period: november });
  expect(versions.map((v) => v.recordedAt)).toEqual(['2026-12-02T00:00:00.000Z', '2026-12-01T00:00:00.000Z']);
  const { openCodes: _codes, ...kept } = first;
  expect(versions[1]).toEqual({ ...kept, version: 1, current: false, openAtEnd: 2 });
  expect(await store.openCodes({ unit: 'Phường A', period: november })).toEqual(['H2']);
  expect(await store.openCodes({ unit: 'Phường C', period: november })).toBeUndefined();
  await store.close();

  const reopened = await open();
  expect(await reopened.list({ allVersions: true })).toHaveLength(4);
  await reopened.close();
}

/** Two writers (two connections, or one store used at once) recording one unit and period: every record lands, versions 1…n once each. */
export async function writersAtOnce(a: HistoryStore, b: HistoryStore): Promise<void> {
  const n = 6;
  const recorded = await Promise.all(Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? a : b).record(entry('Phường W', december, [`W${i}`]))));
  expect(recorded.map((e) => e.version).sort((x, y) => x - y)).toEqual(Array.from({ length: 2 * n }, (_, i) => i + 1));
  const versions = await a.versions({ unit: 'Phường W', period: december });
  expect(versions.map((v) => v.version)).toEqual(Array.from({ length: 2 * n }, (_, i) => 2 * n - i));
  expect((await a.list({ unit: 'Phường W' })).map((e) => e.version)).toEqual([2 * n]);
  // Whole runs (several wards in one transaction) at once: each ward gets every version once.
  const runs = await Promise.all(Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? a : b).recordAll([entry('Phường X', december), entry('Phường Y', december)])));
  for (const [k, unit] of ['Phường X', 'Phường Y'].entries()) {
    expect(runs.map((r) => r[k]?.unit)).toEqual(runs.map(() => unit));
    expect(runs.map((r) => r[k]?.version).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual(Array.from({ length: 2 * n }, (_, i) => i + 1));
  }
}

/** A run's entries recorded together: in the order given, each its unit's next version; one bad entry and none is recorded. */
export async function recordsAllOrNone(open: () => Promise<HistoryStore>): Promise<void> {
  const store = await open();
  try {
    const stored = await store.recordAll([entry('Phường A', november), entry('Phường B', november, ['B1', 'B2']), entry('Phường A', december)]);
    expect(stored.map((e) => [e.unit, e.period.from, e.version, e.openAtEnd])).toEqual([
      ['Phường A', '2025-11-01', 1, 1],
      ['Phường B', '2025-11-01', 1, 2],
      ['Phường A', '2025-12-01', 1, 1],
    ]);
    const bad = { ...entry('Phường C', november), period: { from: '2025-11-31', to: '2025-11-30' } };
    await expect(store.recordAll([entry('Phường A', november), bad])).rejects.toThrow();
    expect((await store.list({ allVersions: true })).map((e) => [e.unit, e.period.from, e.version])).toEqual([
      ['Phường A', '2025-11-01', 1],
      ['Phường A', '2025-12-01', 1],
      ['Phường B', '2025-11-01', 1],
    ]);
    expect(await store.recordAll([])).toEqual([]);
  } finally {
    await store.close();
  }
}

/** Every version of every unit and period copied into an empty store, the same as read back; a second copy refused. Closes both. */
export async function copiesIntoEmpty(from: HistoryStore, to: HistoryStore): Promise<void> {
  try {
    await copies(from, to);
  } finally {
    await from.close();
    await to.close();
  }
}

async function copies(from: HistoryStore, to: HistoryStore): Promise<void> {
  await from.record(entry('Phường A', november, ['H1', 'H2'], '2026-12-01T00:00:00.000Z'));
  await from.record(entry('Phường A', november, ['H2'], '2026-12-02T00:00:00.000Z'));
  await from.record(entry('Phường B', december, [], '2026-12-03T00:00:00.000Z'));
  await from.dispatch.claim({ unit: 'Phường A', period: november, version: 'v1' }, ['a@x.vn'], { claim: 'r', messageId: '<m@x>', now: new Date(0), leaseMs: 1 });
  expect(await copyHistory(from, to)).toEqual({ entries: 3, periods: 2, dispatches: 1 });
  expect(await to.dispatch.list()).toEqual(await from.dispatch.list());
  expect(await to.list({ allVersions: true })).toEqual(await from.list({ allVersions: true }));
  expect(await to.openCodes({ unit: 'Phường A', period: november, version: 1 })).toEqual(['H1', 'H2']);
  expect(await to.openCodes({ unit: 'Phường A', period: november })).toEqual(['H2']);
  const again = await copyHistory(from, to).then(() => undefined, (e: unknown) => e);
  expect(again).toMatchObject({ code: 'history_copy_not_empty' });
  expect(await to.list({ allVersions: true })).toHaveLength(3);
}

/** A store whose migrations table names a migration this code does not know is refused, not changed. */
export async function refusesNewer(location: string, addRow?: (sql: string) => Promise<void>): Promise<void> {
  const store = await openHistory(location);
  await store.close();
  const row = "insert into tthc_history_migration (name, timestamp) values ('2099-01-01-0001-future', '2099-01-01T00:00:00.000Z')";
  if (addRow) await addRow(row);
  else {
    const sqlite = (await import('node-sqlite3-wasm')).default;
    const db = new sqlite.Database(location);
    db.run(row);
    db.close();
  }
  const refused = await openHistory(location).then(() => undefined, (e: unknown) => e);
  expect(refused, String((refused as Error)?.message)).toMatchObject({ code: 'history_newer' });
}

/**
 * A store of the schema before the latest, with an entry and its open codes in it (written as
 * that version wrote them), opened by this code: migrated, nothing lost, the codes in order.
 */
export async function migratesFromPrevious(location: string, connect: () => Kysely<any>): Promise<void> {
  const old = connect();
  const { error } = await migratorOf(old).migrateTo('2026-12-07-0001-initial');
  if (error) throw error;
  const e = entry('Phường A', november, []);
  const key = { unit: e.unit, period_from: november.from, period_to: november.to, version: 1 };
  await old
    .insertInto('history_entry')
    .values({
      ...key,
      recorded_at: e.recordedAt,
      figures: JSON.stringify(e.figures),
      service_index: null,
      accounting: JSON.stringify(e.accounting),
      formula_versions: JSON.stringify(e.formulaVersions),
      inputs: JSON.stringify(e.inputs),
      open_count: 3,
    })
    .execute();
  // Written out of order: the position gives the order.
  await old.insertInto('history_open_dossier').values([
    { ...key, code: 'H3', position: 2 },
    { ...key, code: 'H1', position: 0 },
    { ...key, code: 'H2', position: 1 },
  ]).execute();
  await old.destroy();

  const store = await openHistory(location);
  try {
    expect(await store.openCodes({ unit: 'Phường A', period: november })).toEqual(['H1', 'H2', 'H3']);
    const [kept] = await store.list();
    expect(kept).toMatchObject({ unit: 'Phường A', period: november, version: 1, current: true, openAtEnd: 3, figures: e.figures });
    await store.record(entry('Phường A', november, ['H9']));
    expect(await store.openCodes({ unit: 'Phường A', period: november })).toEqual(['H9']);
  } finally {
    await store.close();
  }
}

/**
 * The dispatch ledger: a recipient taken once; left alone while another run holds it; taken over
 * once that run's lease ends; a failed one taken again; a sent one only with `resend`; marks only
 * by the holder. `a` and `b` are two connections to one store (or the same store twice).
 */
export async function dispatchesOnce(a: HistoryStore, b: HistoryStore): Promise<void> {
  const key = { unit: 'Phường A', period: december, version: 'v1' };
  const t0 = new Date('2026-01-01T00:00:00.000Z');
  const at = (s: number) => new Date(t0.getTime() + s * 1000);
  const options = (claim: string, now: Date, resend = false) => ({ claim, now, leaseMs: 60_000, messageId: '<m1@x>', resend });

  const first = await a.dispatch.claim(key, ['Lanh-Dao@x.vn ', 'van-thu@x.vn', 'lanh-dao@x.vn'], options('run-1', t0));
  expect(first).toEqual({ claimed: ['lanh-dao@x.vn', 'van-thu@x.vn'], sent: [], busy: [] });
  // While run 1 holds them, run 2 gets nothing.
  const during = await b.dispatch.claim(key, ['lanh-dao@x.vn', 'van-thu@x.vn'], options('run-2', at(30)));
  expect(during.claimed).toEqual([]);
  expect(during.busy.map((r) => [r.recipient, r.state, r.attempts])).toEqual([
    ['lanh-dao@x.vn', 'sending', 1],
    ['van-thu@x.vn', 'sending', 1],
  ]);
  await a.dispatch.mark(key, ['lanh-dao@x.vn'], 'run-1', { state: 'sent', at: at(1), smtpResponse: '250 OK queued' });
  // Run 2 cannot mark a row it does not hold.
  await b.dispatch.mark(key, ['van-thu@x.vn'], 'run-2', { state: 'sent', at: at(2), smtpResponse: '250 forged' });
  // Run 1 died holding van-thu: after its lease another run takes it over, once.
  const [late2, late3] = await Promise.all([
    b.dispatch.claim(key, ['lanh-dao@x.vn', 'van-thu@x.vn'], options('run-2', at(61))),
    a.dispatch.claim(key, ['lanh-dao@x.vn', 'van-thu@x.vn'], options('run-3', at(61))),
  ]);
  expect([...late2.claimed, ...late3.claimed]).toEqual(['van-thu@x.vn']);
  expect([...late2.sent, ...late3.sent].map((r) => [r.recipient, r.smtpResponse, r.sentAt])).toEqual([
    ['lanh-dao@x.vn', '250 OK queued', at(1).toISOString()],
    ['lanh-dao@x.vn', '250 OK queued', at(1).toISOString()],
  ]);
  const holder = late2.claimed.length > 0 ? 'run-2' : 'run-3';
  await a.dispatch.mark(key, ['van-thu@x.vn'], holder, { state: 'failed', at: at(62), smtpResponse: '451 try later' });
  // Failed: the next run takes it at once.
  const retry = await b.dispatch.claim(key, ['van-thu@x.vn'], options('run-4', at(63)));
  expect(retry.claimed).toEqual(['van-thu@x.vn']);
  await b.dispatch.mark(key, ['van-thu@x.vn'], 'run-4', { state: 'sent', at: at(64), smtpResponse: '250 OK' });
  expect((await a.dispatch.claim(key, ['lanh-dao@x.vn', 'van-thu@x.vn'], options('run-5', at(65)))).claimed).toEqual([]);
  // A forced resend takes the sent rows, and even one another run holds.
  expect((await a.dispatch.claim(key, ['van-thu@x.vn'], options('run-6', at(66), true))).claimed).toEqual(['van-thu@x.vn']);
  expect((await b.dispatch.claim(key, ['van-thu@x.vn'], options('run-6b', at(66), true))).claimed).toEqual(['van-thu@x.vn']);
  // Another version of the report is another mail.
  expect((await a.dispatch.claim({ ...key, version: 'v2' }, ['van-thu@x.vn'], options('run-7', at(67)))).claimed).toEqual(['van-thu@x.vn']);

  const rows = await b.dispatch.list({ unit: 'Phường A' });
  expect(rows.map((r) => [r.version, r.recipient, r.state, r.attempts, r.messageId])).toEqual([
    ['v1', 'lanh-dao@x.vn', 'sent', 1, '<m1@x>'],
    ['v1', 'van-thu@x.vn', 'sending', 5, '<m1@x>'],
    ['v2', 'van-thu@x.vn', 'sending', 1, '<m1@x>'],
  ]);
  expect(await b.dispatch.list({ period: november })).toEqual([]);
  // Many runs at once on one recipient: exactly one takes it.
  const key2 = { ...key, unit: 'Phường B' };
  const races = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).dispatch.claim(key2, ['x@x.vn'], options(`race-${i}`, t0))));
  expect(races.filter((r) => r.claimed.length === 1)).toHaveLength(1);
}
