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

/**
 * The dispatch ledger: one row per mail of a report version to one recipient — whether it went
 * out, SMTP's answer, its Message-ID and when (`dispatchLedger.ts` says how a run uses it).
 */
export interface DispatchTable {
  unit: string;
  period_from: string;
  period_to: string;
  /** The report's version: a digest of what it says (`reportVersion` of @tthc/report), not the history's version number. */
  report_version: string;
  /** One address (lower case). */
  recipient: string;
  /** `sending` (a run holds it until `lease_until`), `sent`, or `failed` (SMTP refused it; the next run tries again). */
  state: string;
  /** The run that holds it, or last held it. */
  claim: string;
  /** When a `sending` row not marked by then is taken over by another run (ISO 8601, UTC). */
  lease_until: string;
  /** How many times a run took it to send. */
  attempts: number;
  /** The Message-ID every send of this report version carries. */
  message_id: string;
  /** When the row last changed (ISO 8601, UTC). */
  updated_at: string;
  /** When SMTP accepted it. */
  sent_at: string | null;
  /** SMTP's answer to the message (accepted or refused). */
  smtp_response: string | null;
}

/** Every table of the history. */
export interface HistoryTables {
  history_entry: HistoryEntryTable;
  dispatch: DispatchTable;
}
