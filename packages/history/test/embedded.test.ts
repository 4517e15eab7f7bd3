import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { EMBEDDED_FILE_NAME, historyLocation, openHistory } from '../src/index';
import { entry } from './_entry';
import { Kysely, SqliteDialect } from 'kysely';
import { openSqliteWasm } from '../src/embedded/sqliteWasm';
import { copiesIntoEmpty, dispatchesOnce, migratesFromPrevious, recordsAllOrNone, recordsVersions, refusesNewer, writersAtOnce } from './_contract';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'tthc-history-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const november = { from: '2025-11-01', to: '2025-11-30' };

describe('historyLocation', () => {
  it('tells a server, a file and a folder apart', () => {
    expect(historyLocation('postgres://u:secret@db.example:5433/tthc')).toEqual({
      kind: 'postgres',
      url: 'postgres://u:secret@db.example:5433/tthc',
      server: 'db.example:5433/tthc',
    });
    expect(historyLocation('/data/lich-su.sqlite')).toEqual({ kind: 'embedded', file: '/data/lich-su.sqlite' });
    expect(historyLocation('/data/lich-su')).toEqual({ kind: 'embedded', file: join('/data/lich-su', EMBEDDED_FILE_NAME) });
  });
});

describe('the embedded store', () => {
  it('records versions, keeps the old ones, and gives the figures back as recorded', async () => {
    const folder = join(tempDir(), 'lich-su');
    await recordsVersions(() => openHistory(folder));
    expect(existsSync(join(folder, EMBEDDED_FILE_NAME))).toBe(true);
  });

  it('records a run\'s entries together, all or none', async () => {
    await recordsAllOrNone(() => openHistory(join(tempDir(), 'h.sqlite')));
  });

  it('copies every version into an empty store, and refuses a second copy', async () => {
    await copiesIntoEmpty(await openHistory(join(tempDir(), 'a.sqlite')), await openHistory(join(tempDir(), 'b')));
  });

  it('lets two writers record the same unit and period at once', async () => {
    const file = join(tempDir(), 'h.sqlite');
    const store = await openHistory(file);
    await writersAtOnce(store, store);
    await store.close();
  });

  it('keeps the dispatch ledger: each recipient of a report taken once', async () => {
    const store = await openHistory(join(tempDir(), 'h.sqlite'));
    try {
      await dispatchesOnce(store, store);
    } finally {
      await store.close();
    }
  });

  it('refuses a store a newer version has migrated', async () => {
    await refusesNewer(join(tempDir(), 'h.sqlite'));
  });

  it('migrates a store of the previous schema version, nothing lost', async () => {
    const file = join(tempDir(), 'h.sqlite');
    await migratesFromPrevious(file, () => new Kysely({ dialect: new SqliteDialect({ database: openSqliteWasm(file) }) }));
  });

  it('keeps a thousand open codes in order', async () => {
    const store = await openHistory(join(tempDir(), 'h.sqlite'));
    const codes = Array.from({ length: 1234 }, (_, i) => `HS-${String(1233 - i).padStart(5, '0')}`);
    await store.record(entry('Phường A', november, codes));
    expect(await store.openCodes({ unit: 'Phường A', period: november })).toEqual(codes);
    await store.close();
  });

  it('refuses a second process, naming the file and not its folder', async () => {
    const file = join(tempDir(), 'h.sqlite');
    const store = await openHistory(file);
    const script = `import('${fileURLToPath(new URL('../src/index.ts', import.meta.url))}').then((h) => h.openHistory(${JSON.stringify(file)})).then(() => process.exit(0), (e) => { console.log(JSON.stringify({ code: e.code, message: e.message, other: String(e) })); process.exit(3); })`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(child.status).toBe(3);
    const error = JSON.parse(child.stdout.trim().split('\n').at(-1) as string);
    if (error.code === undefined) throw new Error(child.stdout + child.stderr);
    expect(error.code).toBe('history_locked');
    expect(error.message).toContain(`h.sqlite: kho lịch sử đang được tiến trình ${process.pid}`);
    expect(error.message).not.toContain(tmpdir());
    await store.close();
    expect(existsSync(`${file}.in-use`)).toBe(false);
  });

  it('lets the runs of one process take turns: an open waits until the store is closed', async () => {
    const file = join(tempDir(), 'h.sqlite');
    const first = await openHistory(file);
    const order: string[] = [];
    const second = openHistory(file).then((s) => (order.push('second opened'), s));
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push('first closing');
    await first.record(entry('Phường A', november));
    await first.close();
    const store = await second;
    expect(order).toEqual(['first closing', 'second opened']);
    expect(await store.list()).toHaveLength(1);
    await store.close();
    expect(existsSync(`${file}.in-use`)).toBe(false);
  });

  it('takes over the lock of a process that no longer runs', async () => {
    const file = join(tempDir(), 'h.sqlite');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(`${file}.in-use`, JSON.stringify({ pid: Number(gone.stdout), host: (await import('node:os')).hostname(), since: 'then' }));
    const store = await openHistory(file);
    expect(JSON.parse(readFileSync(`${file}.in-use`, 'utf8')).pid).toBe(process.pid);
    await store.close();
  });
});
