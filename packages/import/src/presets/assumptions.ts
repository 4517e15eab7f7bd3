import { formatLocalDateTime, parseLocalDateTime, type RowIssue, type RowLocation, statusKinds, type DossierStatus } from '@tthc/core';
import { foldWord } from './fold';
import { channelWords, statusWords } from './values';

// docs/domain-decisions.md ("What real systems leave out") — what an export leaves
// out is filled by the national portal's own rules, never by rejecting the row; each rule applied
// is a warning with its own code naming the dossier and what was assumed. (No due date is the
// core's rule: `validateDossier` warns `assumed_within_deadline`; the figures judge the dossier
// against its procedure's time limit in the catalog when known, packages/core/src/metrics/dueOf.ts.)

const DATE_FIELDS = ['submittedAt', 'receivedAt', 'supplementRequestedAt'] as const;

/** The status of a mapped record (an identifier, a portal code 1–10 or a word), if known. */
function statusOf(value: unknown): DossierStatus | undefined {
  if (typeof value === 'string' && value in statusKinds) return value as DossierStatus;
  if (value === undefined || value === null) return undefined;
  return statusWords.get(foldWord(String(value)));
}

/** Wall milliseconds of a mapped date (the readers give numbers; canonical JSON gives text). */
function wallOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // A date-time (`YYYY-MM-DDTHH:mm[:ss]`), not a bare date: a dossier's dates have a time.
  return typeof value === 'string' && value.length > 10 ? parseLocalDateTime(value) : undefined;
}

const blank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Applies the portal's rules for what a record lacks, in place, and returns the warnings:
 * - an extended due date (`extendedDueAt`, "Ngày gia hạn") replaces `dueAt` (`extended_due_date`);
 * - no channel, but a yes/no online column (`onlineFlag`, OpenCPS "Trực tuyến"): online when yes,
 *   direct when no (`channel_from_online_flag`); with neither, the core counts it direct
 *   (`missing_channel`);
 * - an ended dossier without `finishedAt`/`returnedAt`: the latest of its submission, receipt and
 *   supplement-request dates is its end (`assumed_end_date`); with none, it stays rejected.
 *
 * @param record - a mapped record (canonical field names; dates as wall milliseconds or text)
 * @param path - where it was read
 */
export function applyAssumptions(record: Record<string, unknown>, path: RowLocation): RowIssue[] {
  const warnings: RowIssue[] = [];
  const dossierCode = typeof record.code === 'string' && record.code !== '' ? record.code : undefined;
  const warn = (issue: Omit<RowIssue, 'path' | 'dossierCode'>) =>
    warnings.push(dossierCode === undefined ? { ...issue, path } : { ...issue, path, dossierCode });

  if (record.extendedDueAt !== undefined) {
    const extended = wallOf(record.extendedDueAt);
    if (extended !== undefined && extended !== wallOf(record.dueAt)) {
      record.dueAt = record.extendedDueAt;
      warn({ code: 'extended_due_date', field: 'dueAt', input: formatLocalDateTime(extended) });
    }
    delete record.extendedDueAt;
  }

  if (record.onlineFlag !== undefined) {
    if (blank(record.channel)) channelFromFlag(record, warn);
    delete record.onlineFlag;
  }


  const status = statusOf(record.status);
  const kind = status === undefined ? undefined : statusKinds[status];
  if ((kind === 'endedWithResult' || kind === 'endedWithoutResult') && blank(record.finishedAt) && blank(record.returnedAt)) {
    let latest: number | undefined;
    let from: unknown;
    for (const field of DATE_FIELDS) {
      const ms = wallOf(record[field]);
      if (ms !== undefined && (latest === undefined || ms > latest)) {
        latest = ms;
        from = record[field];
      }
    }
    if (latest !== undefined) {
      record.finishedAt = from;
      warn({ code: 'assumed_end_date', field: 'finishedAt', input: formatLocalDateTime(latest) });
    }
  }
  return warnings;
}

/** The channel told by a yes/no online column: yes → online, no → direct (or a channel word). */
function channelFromFlag(record: Record<string, unknown>, warn: (issue: Omit<RowIssue, 'path' | 'dossierCode'>) => void): void {
  const flag = record.onlineFlag;
  const folded = foldWord(String(flag));
  const channel = flag === true || folded === 'true' ? 'online' : flag === false || folded === 'false' ? 'direct' : channelWords.get(folded);
  if (channel !== undefined) {
    record.channel = channel;
    warn({ code: 'channel_from_online_flag', field: 'channel', input: channel });
  }
}
