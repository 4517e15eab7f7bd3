import { InputError, UsageError, formatViDate } from '@tthc/core';
import { basename, resolve } from 'node:path';
import { type DispatchRecord, type HistoryEntry, copyHistory, historyInputErrors, historyLocation, historyCsv, openHistory, versionChanges } from '@tthc/history';
import { oneOf, parseCommandArgs, required, usageHelp } from '../args';
import { cliUsageErrors } from '../cliErrors';
import type { Command } from '../io';
import { jsonPieces } from '../jsonPieces';

const usage = [
  'tthc history list --history DIR|FILE|postgres://… [--unit U] [--all-versions] [--json]',
  'tthc history show --history DIR|FILE|postgres://… --unit U --from YYYY-MM-DD --to YYYY-MM-DD [--json]',
  'tthc history export --history DIR|FILE|postgres://… --format csv|json [--unit U] [--all-versions]',
  'tthc history copy --history DIR|FILE|postgres://… --into DIR|FILE|postgres://…',
  'tthc history mails --history DIR|FILE|postgres://… [--unit U] [--from YYYY-MM-DD --to YYYY-MM-DD] [--json]',
].join('\n       ');

/** What `--help` shows to run, from the repository's root. */
const examples = [
  'tthc history list --history out/lich-su',
  'tthc history mails --history out/lich-su --json',
];

const options = {
  history: { type: 'string' },
  into: { type: 'string' },
  unit: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'all-versions': { type: 'boolean' },
  json: { type: 'boolean' },
  format: { type: 'string', help: { value: 'csv|json', help: 'định dạng xuất (export) / the export format' } },
  help: { type: 'boolean', short: 'h' },
} as const;

const rate = (r: number | null) => (r === null ? '—' : `${r.toFixed(2).replace('.', ',')}%`);

/** One line of an entry: the unit, the period, the version and its main figures. */
function entryLine(e: HistoryEntry): string {
  const f = e.figures;
  return (
    `${e.unit} | ${formatViDate(e.period.from)}–${formatViDate(e.period.to)} | v${e.version}${e.current ? '' : ' (cũ / old)'} | ` +
    `tiếp nhận ${f.received.total}, đã giải quyết ${f.resolved.total} (đúng hạn ${rate(f.onTimeRate)}), đang giải quyết ${f.inProgress.total}, còn tồn cuối kỳ ${e.openAtEnd} | ${e.recordedAt}`
  );
}

/** One row of the dispatch ledger: the report, the recipient, whether it went out. */
function mailLine(r: DispatchRecord): string {
  const state = r.state === 'sent' ? `đã gửi / sent ${r.sentAt}` : r.state === 'failed' ? 'chưa gửi được / not sent' : `đang gửi / sending (đến / until ${r.leaseUntil})`;
  return `${r.unit} | ${formatViDate(r.period.from)}–${formatViDate(r.period.to)} | ${r.version} | ${r.recipient} | ${state} | ${r.attempts} lần / tries | ${r.messageId} | ${r.smtpResponse ?? ''}`;
}

/** The versions of one unit's period, newest first, each with what changed from the one before. */
function versionLines(versions: readonly HistoryEntry[]): string[] {
  const lines: string[] = [];
  versions.forEach((v, i) => {
    lines.push(entryLine(v), `  tệp / inputs: ${v.inputs.map((input) => `${input.name} (${input.size} B, sha256 ${input.sha256.slice(0, 12)}…)`).join('; ')}`);
    const older = versions[i + 1];
    if (!older) return;
    const { figures, inputsChanged } = versionChanges(older, v);
    if (inputsChanged) lines.push('  tệp khác bản trước / inputs differ from the version before');
    lines.push(
      figures.length === 0
        ? '  số liệu như bản trước / figures as in the version before'
        : `  thay đổi / changed: ${figures.map((c) => `${c.column} ${c.before ?? '—'} → ${c.after ?? '—'}`).join(', ')}`,
    );
  });
  return lines;
}

/**
 * `tthc history`: what a history store holds (`list`), one unit's period in every version with
 * what changed (`show`), every entry as CSV or JSON (`export`), all of it into an empty store
 * (`copy`: moving to a city's PostgreSQL), the dispatch ledger — which report mail went to whom,
 * when, with SMTP's answer (`mails`). Only `copy` writes, and only to `--into`.
 */
export const history: Command = async (args, io) => {
  const [action, ...rest] = args;
  // `tthc history --help`: the help, whatever follows.
  const { values, positionals } = parseCommandArgs(action === '--help' || action === '-h' ? ['--help'] : rest, options, usage, examples);
  if (action !== 'list' && action !== 'show' && action !== 'export' && action !== 'copy' && action !== 'mails') {
    throw new UsageError(cliUsageErrors.unexpected_argument, { params: { argument: String(action ?? '') }, help: usageHelp(usage) });
  }
  if (positionals.length > 0) {
    throw new UsageError(cliUsageErrors.unexpected_argument, { params: { argument: String(positionals[0]) }, help: usageHelp(usage) });
  }
  const location = required(values.history, 'history', usage);
  if (action === 'copy') {
    const into = required(values.into, 'into', usage);
    const [a, b] = [historyLocation(location), historyLocation(into)];
    if (a.kind === 'embedded' && b.kind === 'embedded' && resolve(a.file) === resolve(b.file)) {
      throw new InputError(historyInputErrors.history_copy_same, { params: { store: basename(a.file) } });
    }
    const from = await openHistory(location);
    const to = await openHistory(into).catch(async (e: unknown) => {
      await from.close();
      throw e;
    });
    try {
      const copied = await copyHistory(from, to);
      io.stderr(`Đã sao chép ${copied.entries} mục (${copied.periods} kỳ của các đơn vị) vào ${to.where} / copied ${copied.entries} entries (${copied.periods} unit periods) into ${to.where}\n`);
      return 0;
    } finally {
      await from.close();
      await to.close();
    }
  }
  const format = action === 'export' ? oneOf(required(values.format, 'format', usage), ['csv', 'json'] as const, 'format') : undefined;
  const key =
    action === 'show'
      ? { unit: required(values.unit, 'unit', usage), period: { from: required(values.from, 'from', usage), to: required(values.to, 'to', usage) } }
      : undefined;
  const store = await openHistory(location);
  try {
    if (action === 'mails') {
      const period = values.from !== undefined || values.to !== undefined ? { from: required(values.from, 'from', usage), to: required(values.to, 'to', usage) } : undefined;
      const rows = await store.dispatch.list({ ...(values.unit ? { unit: values.unit } : {}), ...(period ? { period } : {}) });
      if (values.json) for (const piece of jsonPieces(rows)) io.stdout(piece);
      else io.stdout(rows.length === 0 ? 'Không có / none\n' : `${rows.map(mailLine).join('\n')}\n`);
      return 0;
    }
    if (key) {
      const versions = await store.versions(key);
      if (values.json) for (const piece of jsonPieces(versions)) io.stdout(piece);
      else io.stdout(versions.length === 0 ? 'Không có / none\n' : `${versionLines(versions).join('\n')}\n`);
      return 0;
    }
    const entries = await store.list({ ...(values.unit ? { unit: values.unit } : {}), allVersions: values['all-versions'] === true });
    if (format === 'csv') for (const line of historyCsv(entries)) io.stdout(line);
    else if (format === 'json' || values.json) for (const piece of jsonPieces(entries)) io.stdout(piece);
    else io.stdout(entries.length === 0 ? 'Không có / none\n' : `${entries.map(entryLine).join('\n')}\n`);
    return 0;
  } finally {
    await store.close();
  }
};
