import type { Kysely, Migration } from 'kysely';

// Versioned migrations, applied in the order of their names by Kysely's migrator, in the same
// form on SQLite and PostgreSQL (Kysely's schema builder: no dialect's own SQL). A change of
// schema is a new entry here, never an edit of a landed one. The tests (`test/_contract.ts`, on
// both databases) open empty stores, which every migration brings up to date, migrate a store of
// the version before the latest with data in it, and refuse a store a newer version migrated.

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('history_entry')
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('figures', 'text', (c) => c.notNull())
      .addColumn('service_index', 'text')
      .addColumn('accounting', 'text', (c) => c.notNull())
      .addColumn('formula_versions', 'text', (c) => c.notNull())
      .addColumn('inputs', 'text', (c) => c.notNull())
      .addColumn('open_count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('history_entry_pk', ['unit', 'period_from', 'period_to', 'version'])
      .execute();
    await db.schema
      .createTable('history_open_dossier')
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('history_open_dossier_pk', ['unit', 'period_from', 'period_to', 'version', 'position'])
      .addForeignKeyConstraint('history_open_dossier_entry', ['unit', 'period_from', 'period_to', 'version'], 'history_entry', [
        'unit',
        'period_from',
        'period_to',
        'version',
      ])
      .execute();
    await db.schema.createIndex('history_entry_by_period').on('history_entry').columns(['period_from', 'period_to']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('history_open_dossier').execute();
    await db.schema.dropTable('history_entry').execute();
  },
};

/**
 * The codes open at a period's end move into their entry, as one JSON array: a city's month left
 * a row per code (millions over two years of a large export, most of the store's size and time).
 */
const openCodesInEntry: Migration = {
  async up(untyped: Kysely<unknown>) {
    const db = untyped as Kysely<any>;
    await db.schema.alterTable('history_entry').addColumn('open_codes', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    const entries = await db.selectFrom('history_entry').select(['unit', 'period_from', 'period_to', 'version']).execute();
    for (const e of entries) {
      const key = (q: any) => q.where('unit', '=', e.unit).where('period_from', '=', e.period_from).where('period_to', '=', e.period_to).where('version', '=', e.version);
      const codes = await key(db.selectFrom('history_open_dossier').select('code').orderBy('position')).execute();
      await key(db.updateTable('history_entry').set({ open_codes: JSON.stringify(codes.map((r: { code: string }) => r.code)) })).execute();
    }
    await db.schema.dropTable('history_open_dossier').execute();
  },
};

/** The dispatch ledger: which mail of which report version went to whom. */
const dispatchLedger: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('dispatch')
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('period_from', 'text', (c) => c.notNull())
      .addColumn('period_to', 'text', (c) => c.notNull())
      .addColumn('report_version', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('claim', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('smtp_response', 'text')
      .addPrimaryKeyConstraint('dispatch_pk', ['unit', 'period_from', 'period_to', 'report_version', 'recipient'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('dispatch').execute();
  },
};

/** The migrations by name, oldest first. */
export const migrations: Readonly<Record<string, Migration>> = {
  '2026-12-07-0001-initial': initial,
  '2026-12-07-0002-open-codes-in-entry': openCodesInEntry,
  '2026-12-07-0003-dispatch-ledger': dispatchLedger,
};

/** The newest migration's name: the schema version this code reads and writes. */
export const LATEST_MIGRATION = Object.keys(migrations).at(-1) as string;
