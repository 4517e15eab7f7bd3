import sqlite from 'node-sqlite3-wasm';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// node-sqlite3-wasm (SQLite compiled to WebAssembly, reading and writing the file through Node's
// fs) behind the interface Kysely's SQLite dialect drives. Its statements are not garbage
// collected: each is finalized once run.

/** Whether a statement gives rows back (Kysely then reads them with `all`). */
const READER = /^\s*(select|with|pragma|values|explain)\b|\breturning\b/i;

/**
 * Opens the SQLite file at `file` (created when missing) as a database Kysely can drive.
 *
 * @param file - the database file
 */
export function openSqliteWasm(file: string): SqliteDatabase {
  const db = new sqlite.Database(file);
  /** Runs `use` on a statement of `sql`, finalized afterwards. */
  const once = <T>(sql: string, use: (s: ReturnType<typeof db.prepare>) => T): T => {
    const s = db.prepare(sql);
    try {
      return use(s);
    } finally {
      s.finalize();
    }
  };
  const statement = (sql: string): SqliteStatement => ({
    reader: READER.test(sql),
    all: (parameters) => once(sql, (s) => s.all(parameters as never[])),
    run: (parameters) => once(sql, (s) => s.run(parameters as never[])),
    *iterate(parameters) {
      // Finalized when the rows are all read or the reading stops.
      const s = db.prepare(sql);
      try {
        yield* s.iterate(parameters as never[]);
      } finally {
        s.finalize();
      }
    },
  });
  return { prepare: statement, close: () => db.close() };
}
