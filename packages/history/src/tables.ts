// The history's tables, as the query layer (Kysely) types them: the one definition of their columns
// (the migrations in `migrations/` create them; `historyEntry.ts` says what a row means). The same
// schema in the embedded SQLite file and in PostgreSQL: texts, integers, JSON as text.

/** One recorded version of a unit's period: what a run computed and from what. */
export interface HistoryEntryTable {
  /** The unit as the data (or the units table) names it. */
  unit: string;
  /** The period, `YYYY-MM-DD`. */
  period_from: string;
  period_to: string;
  /** 1, 2, … for each run of the same unit and period; the highest is the current one. */
  version: number;
  /** When the run recorded it (ISO 8601, UTC). */
  recorded_at: string;
  /** The figures of domain.md §7 as `tthc metrics --json` gives them (JSON). */
  figures: string;
  /** The QĐ 766 index, when the run computed it (JSON). */
  service_index: string | null;
  /** The run's row accounting (JSON). */
  accounting: string;
  /** The formula versions the figures were computed with (JSON object). */
  formula_versions: string;
  /** The inputs' names, sizes and SHA-256 (JSON array). */
  inputs: string;
  /** How many dossiers were open at the period's end. */
  open_count: number;
  /** Their codes, in order, as a JSON array (one value per entry: a city's month may leave a hundred thousand open). */
  open_codes: string;
}

/** Every table of the history. */
export interface HistoryTables {
  history_entry: HistoryEntryTable;
}
