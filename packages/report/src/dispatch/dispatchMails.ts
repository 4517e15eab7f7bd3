import { createHash, randomUUID } from 'node:crypto';
import { type WordedNote, formatViDate, wordNote } from '@tthc/core';
import type { DispatchKey, HistoryStore } from '@tthc/history';
import { dispatchNotes } from './dispatchNotes';
import type { ReportMail } from './reportMail';
import type { MailTransport } from './smtpTransport';

/** How long a run holds a recipient it is sending to, by default: 10 minutes. */
export const DEFAULT_LEASE_SECONDS = 600;

/** How a dispatch is carried out. */
export interface DispatchOptions {
  /** The sender's address. */
  from: string;
  /** Send to every recipient whatever the ledger says (sent, or being sent by another run). Default false. */
  resend?: boolean;
  /**
   * How long the run holds a recipient before another run may take it: a run that dies while
   * sending leaves its recipients to the first run after this. Default 600 s.
   */
  leaseSeconds?: number;
  /** Now. Default: the clock. */
  now?: () => Date;
}

/** What became of one report's mail. */
export interface DispatchOutcome {
  unit: string;
  period: { from: string; to: string };
  version: string;
  messageId: string;
  /** Sent by this run (SMTP accepted them). */
  sent: string[];
  /** Sent before (the ledger says so); not sent again. */
  alreadySent: string[];
  /** Another run is sending to them (its lease has not ended). */
  busy: string[];
  /** Not sent: SMTP refused them or could not be reached (the next run tries again). */
  failed: string[];
  /** SMTP's answer to this run's message. */
  smtpResponse?: string;
  /** Why some were not sent (failed, busy, no recipient). */
  notes: WordedNote[];
}

/**
 * The Message-ID of a report version: `<hash.tthc@domain>`, the hash of its unit, period and
 * version, the domain the sender's. The same for every send of the same report, so that a
 * receiving system drops a second copy.
 */
export function messageIdOf(key: DispatchKey, from: string): string {
  const hash = createHash('sha256').update([key.unit, key.period.from, key.period.to, key.version].join('\u0000')).digest('hex').slice(0, 32);
  const domain = (from.split('@').pop() ?? 'tthc.invalid').replace(/[>\s]/g, '').toLowerCase() || 'tthc.invalid';
  return `<${hash}.tthc@${domain}>`;
}

/**
 * Sends each report's mail to the recipients the ledger (`store.dispatch`) does not record as
 * sent: each recipient claimed first (so that two runs at once never both send it), then sent in
 * one message, then marked sent or failed with SMTP's answer. A repeated run, a retry or a run
 * after a crash sends only what is missing; `resend` sends again. One mail failing does not stop
 * the others: its outcome says so, worded, and the next run sends it.
 *
 * @returns one outcome per mail, in order
 * @example
 * const outcomes = await dispatchMails(store, run.mails ?? [], smtpTransport('smtp://mail.example:587'), { from: 'bao-cao@phuong.example.vn' });
 */
export async function dispatchMails(store: HistoryStore, mails: readonly ReportMail[], transport: MailTransport, options: DispatchOptions): Promise<DispatchOutcome[]> {
  const now = options.now ?? (() => new Date());
  const leaseMs = (options.leaseSeconds ?? DEFAULT_LEASE_SECONDS) * 1000;
  const claim = randomUUID();
  const out: DispatchOutcome[] = [];
  for (const mail of mails) {
    const key: DispatchKey = { unit: mail.unit, period: { from: mail.period.from, to: mail.period.to }, version: mail.version };
    const messageId = messageIdOf(key, options.from);
    const params = { unit: mail.unit, from: formatViDate(key.period.from), to: formatViDate(key.period.to) };
    const outcome: DispatchOutcome = { ...key, messageId, sent: [], alreadySent: [], busy: [], failed: [], notes: [] };
    out.push(outcome);
    if (mail.recipients.length === 0) {
      outcome.notes.push(wordNote(dispatchNotes, 'dispatch_no_recipients', params));
      continue;
    }
    const taken = await store.dispatch.claim(key, mail.recipients, { claim, messageId, now: now(), leaseMs, resend: options.resend ?? false });
    outcome.alreadySent = taken.sent.map((r) => r.recipient);
    outcome.busy = taken.busy.map((r) => r.recipient);
    if (taken.busy.length > 0) {
      const until = taken.busy.map((r) => r.leaseUntil).sort().at(-1) as string;
      outcome.notes.push(wordNote(dispatchNotes, 'dispatch_busy', { ...params, recipients: outcome.busy.join(', '), until }));
    }
    if (taken.claimed.length === 0) continue;
    try {
      const answer = await transport.send({
        messageId,
        from: options.from,
        to: taken.claimed,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments.map((f) => ({ name: f.name, content: f.content })),
      });
      const refused = new Set(answer.rejected.map((a) => a.toLowerCase()));
      outcome.sent = taken.claimed.filter((r) => !refused.has(r));
      outcome.failed = taken.claimed.filter((r) => refused.has(r));
      outcome.smtpResponse = answer.response;
      await store.dispatch.mark(key, outcome.sent, claim, { state: 'sent', at: now(), smtpResponse: answer.response });
      await store.dispatch.mark(key, outcome.failed, claim, { state: 'failed', at: now(), smtpResponse: answer.response });
      if (outcome.failed.length > 0) {
        outcome.notes.push(wordNote(dispatchNotes, 'dispatch_failed', { ...params, recipients: outcome.failed.join(', '), detail: answer.response }));
      }
    } catch (error) {
      // SMTP's own answer when it gave one (a refusal, a failed login); else the server was not reached.
      const response = (error as { response?: unknown }).response;
      const recipients = taken.claimed.join(', ');
      outcome.failed = taken.claimed;
      if (typeof response === 'string' && response !== '') {
        await store.dispatch.mark(key, taken.claimed, claim, { state: 'failed', at: now(), smtpResponse: response });
        outcome.notes.push(wordNote(dispatchNotes, 'dispatch_failed', { ...params, recipients, detail: response }));
      } else {
        const server = transport.server ?? 'SMTP';
        await store.dispatch.mark(key, taken.claimed, claim, { state: 'failed', at: now(), smtpResponse: `(${server}: ${(error as { code?: unknown }).code ?? 'no answer'})` });
        outcome.notes.push(wordNote(dispatchNotes, 'dispatch_unreachable', { ...params, recipients, server }));
      }
    }
  }
  return out;
}
