import { mkdirSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { InputError } from '@tthc/core';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { lockDatabase } from './embedded/lockFile';
import { takeTurn } from './embedded/processTurn';
import { openSqliteWasm } from './embedded/sqliteWasm';
import { historyInputErrors } from './historyErrors';
import { HistoryStore } from './historyStore';
import { LATEST_MIGRATION, migrations } from './migrations/index';
import type { HistoryTables } from './tables';

/** The file of the embedded store in a folder given as its location. */
export const EMBEDDED_FILE_NAME = 'tthc-history.sqlite';

const FILE_EXTENSIONS = new Set(['.sqlite', '.sqlite3', '.db']);

/** Where a history is: the embedded file, or a PostgreSQL server by URL. */
export type HistoryLocation = { kind: 'embedded'; file: string } | { kind: 'postgres'; url: string; server: string };

/**
 * Reads a history location: `postgres://…` or `postgresql://…` is a server; a path ending in
 * `.sqlite`, `.sqlite3` or `.db` is the embedded store's file; any other path a folder holding it
 * (`tthc-history.sqlite`, the folder made when missing).
 */
export function historyLocation(location: string): HistoryLocation {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const url = new URL(location);
    return { kind: 'postgres', url: location, server: `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}` };
  }
  return { kind: 'embedded', file: FILE_EXTENSIONS.has(extname(location).toLowerCase()) ? location : join(location, EMBEDDED_FILE_NAME) };
}

/**
 * Opens a history store and brings its schema up to date (the migrations not yet applied, in
 * order). The embedded store is for one process: a second one is refused (`history_locked`);
 * within a process, an open waits until the store is closed by whoever has it.
 *
 * @param location - see {@link historyLocation}
 * @returns the store; close it when done
 * @throws InputError when the store is held by another process, unreachable, or newer than this code
 */
export async function openHistory(location: string): Promise<HistoryStore> {
  const where = historyLocation(location);
  if (where.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: where.url, max: 4 });
    // A connection the server drops while idle is replaced at the next query, not a crash.
    pool.on('error', () => {});
    const db = new Kysely<HistoryTables>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrate(db, where.server);
    } catch (error) {
      await db.destroy();
      if (error instanceof InputError) throw error;
      throw new InputError(historyInputErrors.history_unreachable, { params: { server: where.server, detail: detailOf(error) }, cause: error });
    }
    return new HistoryStore(db, where.server, async () => {});
  }
  const name = basename(where.file);
  if (where.file.endsWith(EMBEDDED_FILE_NAME) && extname(location) === '') mkdirSync(location, { recursive: true });
  // The runs of this process take turns; another process is refused by the lock file.
  const endTurn = await takeTurn(resolve(where.file));
  let unlock: () => void;
  try {
    unlock = lockDatabase(where.file);
  } catch (error) {
    endTurn();
    throw error;
  }
  const release = () => {
    unlock();
    endTurn();
  };
  let db: Kysely<HistoryTables> | undefined;
  try {
    const database = openSqliteWasm(where.file);
    db = new Kysely<HistoryTables>({ dialect: new SqliteDialect({ database }) });
    await migrate(db, name);
  } catch (error) {
    await db?.destroy();
    release();
    if (error instanceof InputError) throw error;
    throw new InputError(historyInputErrors.history_damaged, { params: { store: name, detail: detailOf(error) }, cause: error });
  }
  return new HistoryStore(db, name, async () => release());
}

/** Where Kysely's migrator notes the migrations applied (and its lock). */
const MIGRATION_TABLE = 'tthc_history_migration';

const provider: MigrationProvider = { getMigrations: async () => ({ ...migrations }) };

/** Applies the migrations not yet applied; refuses a store migrated by newer code. */
async function migrate(db: Kysely<HistoryTables>, store: string): Promise<void> {
  const migrator = migratorOf(db);
  const unknown = (await appliedMigrations(db)).find((name) => !(name in migrations));
  if (unknown !== undefined) throw new InputError(historyInputErrors.history_newer, { params: { store, found: unknown, latest: LATEST_MIGRATION } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/** The migrator of a store's database (the tests migrate a store to an earlier version with it). */
export function migratorOf(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider, migrationTableName: MIGRATION_TABLE, migrationLockTableName: `${MIGRATION_TABLE}_lock` });
}

/** The names of the migrations a store has had applied (none for a new one). */
async function appliedMigrations(db: Kysely<HistoryTables>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** An error's message without its stack, for a user. */
function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
