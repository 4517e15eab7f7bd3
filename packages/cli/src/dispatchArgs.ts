import { UsageError, bothLanguages } from '@tthc/core';
import type { DispatchOutcome, ReportRequest } from '@tthc/report';
import { required, usageHelp } from './args';
import { cliUsageErrors } from './cliErrors';

// `tthc report --send`: the options that mail the reports (the run's `dispatch` and `recipients`),
// and what the command prints of each mail. Translation only: @tthc/report sends and keeps the ledger.

/** The options of `tthc report` that mail the reports. */
export const dispatchArgs = {
  send: { type: 'boolean' },
  smtp: { type: 'string' },
  'mail-from': { type: 'string' },
  'mail-to': { type: 'string', multiple: true },
  'city-to': { type: 'string', multiple: true },
  resend: { type: 'boolean' },
  lease: { type: 'string' },
} as const;

/** The environment variable that gives the SMTP server when `--smtp` does not (keeps a password off the command line). */
export const SMTP_URL_ENV = 'TTHC_SMTP_URL';

const list = (value: unknown): string[] => ((value as string[] | undefined) ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/** The request's `recipients` and, with `--send`, its `dispatch`. */
export function dispatchOf(values: Record<string, unknown>, usage: string): Pick<ReportRequest, 'recipients' | 'dispatch'> {
  const unit = list(values['mail-to']);
  const recipients = { ...(unit.length > 0 ? { unit } : {}), summary: list(values['city-to']) };
  if (!values.send) {
    for (const option of ['smtp', 'mail-from', 'resend', 'lease'] as const) {
      if (values[option] !== undefined) throw new UsageError(cliUsageErrors.needs_option, { path: { option }, params: { other: 'send' }, help: usageHelp(usage) });
    }
    return { recipients };
  }
  const smtp = (values.smtp as string | undefined) ?? process.env[SMTP_URL_ENV];
  if (!smtp) throw new UsageError(cliUsageErrors.missing_option, { path: { option: 'smtp' }, help: usageHelp(usage) });
  const from = required(values['mail-from'] as string | undefined, 'mail-from', usage);
  const lease = values.lease as string | undefined;
  if (lease !== undefined && !/^[1-9]\d*$/.test(lease)) throw new UsageError(cliUsageErrors.invalid_seconds, { path: { option: 'lease' }, params: { value: lease } });
  return { recipients, dispatch: { smtp, from, resend: values.resend === true, ...(lease ? { leaseSeconds: Number(lease) } : {}) } };
}

/** What stdout says of each mail, and stderr of those not (all) sent. */
export function dispatchLines(outcomes: readonly DispatchOutcome[]): { stdout: string; stderr: string; failed: boolean } {
  let stdout = '';
  let stderr = '';
  for (const o of outcomes) {
    const parts = [
      o.sent.length ? `đã gửi / sent: ${o.sent.join(', ')}` : '',
      o.alreadySent.length ? `đã gửi trước đó / sent before: ${o.alreadySent.join(', ')}` : '',
      o.busy.length ? `đang gửi ở lần chạy khác / being sent by another run: ${o.busy.join(', ')}` : '',
      o.failed.length ? `chưa gửi được / not sent: ${o.failed.join(', ')}` : '',
    ].filter(Boolean);
    stdout += `  ${o.unit} (${o.period.from} – ${o.period.to}) ${o.messageId}: ${parts.join('; ') || 'không có người nhận / no recipient'}\n`;
    stderr += o.notes.map((n) => `${bothLanguages(n)}\n`).join('');
  }
  return { stdout, stderr, failed: outcomes.some((o) => o.failed.length > 0) };
}
