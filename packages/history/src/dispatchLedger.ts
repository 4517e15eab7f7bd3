import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { DispatchTable, HistoryTables } from './tables';

// The dispatch ledger: for each unit, period, report version and recipient, whether its mail went
// out. A run takes (claims) the rows it is about to send for a while (the lease), sends, then marks
// them sent or failed. A row already sent is not taken again (unless the run forces it); a row
// another run holds is left to it until its lease ends — then the holder is taken to have died,
// and the next run sends it. Every step is one statement on one row, so two runs on two machines
// never both take the same recipient of the same report.

/** Which report: its unit (or the city summary's key), its period and its version. */
export interface DispatchKey {
  unit: string;
  period: { from: string; to: string };
  /** A digest of what the report says (`reportVersion` of @tthc/report). */
  version: string;
}

/** A recipient's row of the ledger, as the store gives it back. */
export const DispatchRecord = z.object({
  unit: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  version: z.string(),
  recipient: z.string(),
  state: z.enum(['sending', 'sent', 'failed']),
  /** How many times a run took it to send. */
  attempts: z.number().int().nonnegative(),
  /** Until when the run that took it last holds it (while `sending`). */
  leaseUntil: z.string(),
  messageId: z.string(),
  /** When the row last changed. */
  updatedAt: z.string(),
  /** When SMTP accepted it. */
  sentAt: z.string().optional(),
  /** SMTP's answer (accepted or refused). */
  smtpResponse: z.string().optional(),
});
export interface DispatchRecord extends z.infer<typeof DispatchRecord> {}

/** How a run takes rows. */
export interface ClaimOptions {
  /** The run's token (unique per run): it marks only the rows it holds. */
  claim: string;
  /** The Message-ID the mail carries. */
  messageId: string;
  /** Now. */
  now: Date;
  /** How long the run holds a row before another may take it (ms). */
  leaseMs: number;
  /** Take every row: already sent, or held by another run (a forced resend sends whatever the ledger says). */
  resend?: boolean;
}

/** What a claim got: the recipients to send to now, and those left alone with why. */
export interface DispatchClaim {
  /** Taken: send to these now, then mark them. */
  claimed: string[];
  /** Already sent (their rows). */
  sent: DispatchRecord[];
  /** Held by another run whose lease has not ended (their rows). */
  busy: DispatchRecord[];
}

/** The ledger's rows of a history store (`HistoryStore.dispatch`). */
export class DispatchLedger {
  /** @internal made by `HistoryStore` */
  constructor(private readonly db: Kysely<HistoryTables>) {}

  /**
   * Takes the recipients of one report to send to, each by one atomic statement: a new row, a
   * failed one, one whose holder's lease ended, or (with `resend`) any row.
   */
  async claim(key: DispatchKey, recipients: readonly string[], options: ClaimOptions): Promise<DispatchClaim> {
    const now = options.now.toISOString();
    const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
    const out: DispatchClaim = { claimed: [], sent: [], busy: [] };
    for (const recipient of normalized(recipients)) {
      const row = { ...keyColumns(key), recipient };
      const inserted = await this.db
        .insertInto('dispatch')
        .values({ ...row, state: 'sending', claim: options.claim, lease_until: leaseUntil, attempts: 1, message_id: options.messageId, updated_at: now, sent_at: null, smtp_response: null })
        .onConflict((oc) => oc.columns(['unit', 'period_from', 'period_to', 'report_version', 'recipient']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
        out.claimed.push(recipient);
        continue;
      }
      const taken = await whereRow(this.db.updateTable('dispatch'), row)
        .set((eb) => ({ state: 'sending', claim: options.claim, lease_until: leaseUntil, attempts: eb('attempts', '+', 1), message_id: options.messageId, updated_at: now }))
        .where((eb) =>
          eb.or([
            eb('state', '=', 'failed'),
            eb.and([eb('state', '=', 'sending'), eb('lease_until', '<', now)]),
            // A forced resend takes any row: sent, failed, or held by another run.
            ...(options.resend ? [eb('state', '=', 'sent'), eb('state', '=', 'sending')] : []),
          ]),
        )
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) === 1) {
        out.claimed.push(recipient);
        continue;
      }
      const current = await whereRow(this.db.selectFrom('dispatch').selectAll(), row).executeTakeFirstOrThrow();
      (current.state === 'sent' ? out.sent : out.busy).push(recordOf(current));
    }
    return out;
  }

  /** Marks the rows this run holds as sent (SMTP accepted them) or failed (refused, or SMTP unreachable). */
  async mark(
    key: DispatchKey,
    recipients: readonly string[],
    claim: string,
    outcome: { state: 'sent' | 'failed'; at: Date; smtpResponse: string },
  ): Promise<void> {
    const list = normalized(recipients);
    if (list.length === 0) return;
    const at = outcome.at.toISOString();
    await this.db
      .updateTable('dispatch')
      .set({ state: outcome.state, updated_at: at, smtp_response: outcome.smtpResponse.slice(0, 500), ...(outcome.state === 'sent' ? { sent_at: at } : {}) })
      .where('unit', '=', key.unit)
      .where('period_from', '=', key.period.from)
      .where('period_to', '=', key.period.to)
      .where('report_version', '=', key.version)
      .where('recipient', 'in', list)
      .where('claim', '=', claim)
      .execute();
  }

  /** The rows, by unit, period, version, recipient; only one unit's or one period's when asked. */
  async list(filter: { unit?: string; period?: { from: string; to: string } } = {}): Promise<DispatchRecord[]> {
    let q = this.db.selectFrom('dispatch').selectAll();
    if (filter.unit !== undefined) q = q.where('unit', '=', filter.unit);
    if (filter.period !== undefined) q = q.where('period_from', '=', filter.period.from).where('period_to', '=', filter.period.to);
    const rows = await q.orderBy('unit').orderBy('period_from').orderBy('period_to').orderBy('report_version').orderBy('recipient').execute();
    return rows.map(recordOf);
  }

  /** Writes rows as they are (`copyHistory`: into a store with none). */
  async copyIn(rows: readonly Selectable<DispatchTable>[]): Promise<void> {
    if (rows.length > 0) await this.db.insertInto('dispatch').values([...rows]).execute();
  }

  /** Every row as stored (`copyHistory`). */
  async rows(): Promise<Selectable<DispatchTable>[]> {
    return this.db.selectFrom('dispatch').selectAll().orderBy('unit').orderBy('period_from').orderBy('report_version').orderBy('recipient').execute();
  }
}

/** The addresses as the ledger keys them: trimmed, lower case, each once. */
function normalized(recipients: readonly string[]): string[] {
  return [...new Set(recipients.map((r) => r.trim().toLowerCase()).filter(Boolean))];
}

function keyColumns(key: DispatchKey) {
  return { unit: key.unit, period_from: key.period.from, period_to: key.period.to, report_version: key.version };
}

// One row by its key, in any query over the table.
function whereRow<Q extends { where: (...args: any[]) => Q }>(q: Q, row: ReturnType<typeof keyColumns> & { recipient: string }): Q {
  return q
    .where('unit', '=', row.unit)
    .where('period_from', '=', row.period_from)
    .where('period_to', '=', row.period_to)
    .where('report_version', '=', row.report_version)
    .where('recipient', '=', row.recipient);
}

function recordOf(r: Selectable<DispatchTable>): DispatchRecord {
  return DispatchRecord.parse({
    unit: r.unit,
    period: { from: r.period_from, to: r.period_to },
    version: r.report_version,
    recipient: r.recipient,
    state: r.state,
    attempts: Number(r.attempts),
    leaseUntil: r.lease_until,
    messageId: r.message_id,
    updatedAt: r.updated_at,
    ...(r.sent_at === null ? {} : { sentAt: r.sent_at }),
    ...(r.smtp_response === null ? {} : { smtpResponse: r.smtp_response }),
  });
}
