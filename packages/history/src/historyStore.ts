import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import { DispatchLedger } from './dispatchLedger';
import { HistoryEntry, NewHistoryEntry, type NewHistoryEntry as NewEntry } from './historyEntry';
import type { HistoryEntryTable, HistoryTables } from './tables';

/** Which unit and period. */
export interface HistoryKey {
  unit: string;
  period: { from: string; to: string };
}

/** What {@link HistoryStore.list} gives. */
export interface HistoryListOptions {
  /** Only this unit. */
  unit?: string;
  /** Every version, not only the current one of each unit and period. */
  allVersions?: boolean;
}

/**
 * How often a record is tried again when another writer took its version number first. Each such
 * conflict means another record landed, so n writers at once need at most n attempts.
 */
const RECORD_ATTEMPTS = 64;

/**
 * A unit's history of report runs, over any database of the query layer (the embedded SQLite file
 * or PostgreSQL): each run of a unit and period is a new version, the highest the current one.
 * Made by `openHistory`; close it when done.
 */
export class HistoryStore {
  /** Which mail of which report version went to whom (the dispatch ledger). */
  readonly dispatch: DispatchLedger;

  /** @internal made by `openHistory`. @param db - the database, migrated; @param where - how messages name it (a file name or server, never a password); @param onClose - releases what opening took */
  constructor(
    private readonly db: Kysely<HistoryTables>,
    readonly where: string,
    private readonly onClose: () => Promise<void>,
  ) {
    this.dispatch = new DispatchLedger(db);
  }

  /**
   * Records one unit's period as its next version, with the codes open at its end, in one
   * transaction: two writers recording the same unit and period at once both land, as two versions.
   *
   * @returns the entry as stored
   */
  async record(entry: NewEntry): Promise<HistoryEntry> {
    return (await this.recordAll([entry]))[0] as HistoryEntry;
  }

  /**
   * Records several units' periods (a run's), each as its next version, in one transaction: all
   * land or none does, and the store syncs to disk once rather than once an entry.
   *
   * @returns the entries as stored, in the order given
   */
  async recordAll(entries: readonly NewEntry[]): Promise<HistoryEntry[]> {
    const parsed = entries.map((e) => NewHistoryEntry.parse(e));
    // Inserted in one order whatever the run's, so that two writers never wait on each other's rows crosswise.
    const order = parsed.map((_, i) => i).sort((i, j) => compareKeys(parsed[i] as HistoryKey, parsed[j] as HistoryKey));
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute(async (tx) => {
          const stored: HistoryEntry[] = new Array(parsed.length);
          for (const i of order) {
            const e = parsed[i] as (typeof parsed)[number];
            const last = await tx
              .selectFrom('history_entry')
              .select((eb) => eb.fn.max('version').as('version'))
              .where('unit', '=', e.unit)
              .where('period_from', '=', e.period.from)
              .where('period_to', '=', e.period.to)
              .executeTakeFirst();
            const row = {
              unit: e.unit,
              period_from: e.period.from,
              period_to: e.period.to,
              version: Number(last?.version ?? 0) + 1,
              recorded_at: e.recordedAt,
              figures: JSON.stringify(e.figures),
              service_index: e.serviceIndex === undefined ? null : JSON.stringify(e.serviceIndex),
              accounting: JSON.stringify(e.accounting),
              formula_versions: JSON.stringify(e.formulaVersions),
              inputs: JSON.stringify(e.inputs),
              open_count: e.openCodes.length,
              open_codes: JSON.stringify(e.openCodes),
            };
            await tx.insertInto('history_entry').values(row).execute();
            stored[i] = entryOf(row, true);
          }
          return stored;
        });
      } catch (error) {
        if (attempt >= RECORD_ATTEMPTS || !isConflict(error)) throw error;
        // A short random wait, so that the writers that lost do not all collide again at once.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
      }
    }
  }

  /** The entries, by unit then period (newest version first within one); only the current ones unless `allVersions`. */
  async list(options: HistoryListOptions = {}): Promise<HistoryEntry[]> {
    let q = this.db.selectFrom('history_entry as e').select(ENTRY_COLUMNS.map((c) => `e.${c}` as const)).select((eb) => latestVersion(eb).as('latest'));
    if (options.unit !== undefined) q = q.where('e.unit', '=', options.unit);
    if (!options.allVersions) q = q.where((eb) => eb('e.version', '=', latestVersion(eb)));
    const rows = await q.orderBy('e.unit').orderBy('e.period_from').orderBy('e.period_to').orderBy('e.version', 'desc').execute();
    return rows.map((r) => entryOf(r, Number(r.version) === Number(r.latest)));
  }

  /** Every version of one unit's period, newest first (none: `[]`). */
  async versions(key: HistoryKey): Promise<HistoryEntry[]> {
    const rows = await this.db
      .selectFrom('history_entry')
      .select(ENTRY_COLUMNS)
      .where('unit', '=', key.unit)
      .where('period_from', '=', key.period.from)
      .where('period_to', '=', key.period.to)
      .orderBy('version', 'desc')
      .execute();
    return rows.map((r, i) => entryOf(r, i === 0));
  }

  /** The current version of one unit's period, if recorded. */
  async current(key: HistoryKey): Promise<HistoryEntry | undefined> {
    return (await this.versions(key))[0];
  }

  /**
   * The codes open at the end of one unit's period, in the order recorded: of its current version,
   * or of `version` (none recorded: `undefined`).
   */
  async openCodes(key: HistoryKey & { version?: number }): Promise<string[] | undefined> {
    let q = this.db
      .selectFrom('history_entry')
      .select('open_codes')
      .where('unit', '=', key.unit)
      .where('period_from', '=', key.period.from)
      .where('period_to', '=', key.period.to);
    if (key.version !== undefined) q = q.where('version', '=', key.version);
    const row = await q.orderBy('version', 'desc').limit(1).executeTakeFirst();
    return row ? (JSON.parse(row.open_codes) as string[]) : undefined;
  }

  /** Closes the database (and, for the embedded store, gives up its lock). */
  async close(): Promise<void> {
    await this.db.destroy();
    await this.onClose();
  }
}

/** The highest version of the row's unit and period (a subquery of `history_entry as e`). */
function latestVersion(eb: ExpressionBuilder<HistoryTables & { e: HistoryEntryTable }, 'e'>) {
  return eb
    .selectFrom('history_entry as v')
    .select((v) => v.fn.max('v.version').as('latest'))
    .whereRef('v.unit', '=', 'e.unit')
    .whereRef('v.period_from', '=', 'e.period_from')
    .whereRef('v.period_to', '=', 'e.period_to');
}

/** The columns an entry is read from: all but its open codes, read only by `openCodes`. */
const ENTRY_COLUMNS = [
  'unit',
  'period_from',
  'period_to',
  'version',
  'recorded_at',
  'figures',
  'service_index',
  'accounting',
  'formula_versions',
  'inputs',
  'open_count',
] as const satisfies ReadonlyArray<keyof HistoryEntryTable>;

function entryOf(r: Omit<Selectable<HistoryEntryTable>, 'open_codes'>, current: boolean): HistoryEntry {
  return HistoryEntry.parse({
    unit: r.unit,
    period: { from: r.period_from, to: r.period_to },
    version: Number(r.version),
    current,
    recordedAt: r.recorded_at,
    figures: JSON.parse(r.figures),
    ...(r.service_index === null ? {} : { serviceIndex: JSON.parse(r.service_index) }),
    accounting: JSON.parse(r.accounting),
    formulaVersions: JSON.parse(r.formula_versions),
    inputs: JSON.parse(r.inputs),
    openAtEnd: Number(r.open_count),
  });
}

/** A primary key taken by another writer: PostgreSQL's 23505, SQLite's constraint error. */
/**
 * Whether another writer got there first: the version number taken (a unique violation), or
 * PostgreSQL aborting one of two transactions that wait on each other (deadlock, serialization).
 */
function isConflict(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === '23505' || e?.code === '40P01' || e?.code === '40001' || (typeof e?.message === 'string' && /UNIQUE constraint failed/.test(e.message));
}

/** Entries by unit, then period. */
function compareKeys(a: HistoryKey, b: HistoryKey): number {
  const ka = `${a.unit}\u0000${a.period.from}\u0000${a.period.to}`;
  const kb = `${b.unit}\u0000${b.period.from}\u0000${b.period.to}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
