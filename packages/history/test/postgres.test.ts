import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHistory } from '../src/index';
import { Kysely, PostgresDialect } from 'kysely';
import { copiesIntoEmpty, dispatchesOnce, migratesFromPrevious, recordsAllOrNone, recordsVersions, refusesNewer, writersAtOnce } from './_contract';

// The PostgreSQL store against a real server: Debian's PostgreSQL, started here on 127.0.0.1 on a
// free port with a temporary data folder, and stopped (`scripts/lib/services.mjs`, the helper the
// n8n queue-mode test uses). CI requires it (TTHC_REQUIRE_POSTGRES=1); elsewhere the tests are
// skipped, saying so, when the server is not installed.

const required = process.env.TTHC_REQUIRE_POSTGRES === '1';
const installed = existsSync('/usr/lib/postgresql');
if (!installed && !required) console.warn('PostgreSQL is not installed (/usr/lib/postgresql): the PostgreSQL history tests are skipped');

const services = join(import.meta.dirname, '../../../scripts/lib/services.mjs');
type Service = { port: number; user: string; database: string };
let server: Service | undefined;
let stopService: (s: Service) => Promise<void>;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** A new empty database on the server, by URL. */
async function database(name: string): Promise<string> {
  const admin = new pg.Client({ host: '127.0.0.1', port: server?.port, user: server?.user, database: server?.database });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return `postgres://${server?.user}@127.0.0.1:${server?.port}/${name}`;
}

describe.skipIf(!installed && !required)('the PostgreSQL store (a real server)', () => {
  beforeAll(async () => {
    const lib = await import(pathToFileURL(services).href);
    stopService = lib.stopService;
    server = await lib.startPostgres(await freePort(), { user: 'tthc', database: 'tthc' }, (line: string) => console.log(line));
  });
  afterAll(async () => {
    if (server) await stopService(server);
  });

  it('records versions, keeps the old ones, and gives the figures back as recorded', async () => {
    const url = await database('history_versions');
    await recordsVersions(() => openHistory(url));
  });

  it('records a run\'s entries together, all or none', async () => {
    const url = await database('history_all_or_none');
    await recordsAllOrNone(() => openHistory(url));
  });

  it('takes a copy of an embedded store (a city moving to its server)', async () => {
    await copiesIntoEmpty(await openHistory(join(mkdtempSync(join(tmpdir(), 'tthc-history-copy-')), 'lich-su')), await openHistory(await database('history_copy')));
  });

  it('lets two writers (two connections) record the same unit and period at once', async () => {
    const url = await database('history_writers');
    const [a, b] = [await openHistory(url), await openHistory(url)];
    try {
      await writersAtOnce(a, b);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps the dispatch ledger: each recipient of a report taken once, by two connections', async () => {
    const url = await database('history_dispatch');
    const [a, b] = [await openHistory(url), await openHistory(url)];
    try {
      await dispatchesOnce(a, b);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a store a newer version has migrated', async () => {
    const url = await database('history_newer');
    await refusesNewer(url, async (sql) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(sql);
      await client.end();
    });
  });

  it('migrates a store of the previous schema version, nothing lost', async () => {
    const url = await database('history_previous');
    await migratesFromPrevious(url, () => new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) }));
  });

  it('names the server, never the password, when it cannot be reached', async () => {
    const refused = await openHistory(`postgres://tthc:bi-mat@127.0.0.1:${await freePort()}/none`).then(
      () => undefined,
      (e: unknown) => e as Error & { code?: string },
    );
    expect(refused?.code).toBe('history_unreachable');
    expect(refused?.message).toContain('127.0.0.1:');
    expect(refused?.message).not.toContain('bi-mat');
  });
});
