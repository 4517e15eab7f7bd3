import {
  Channel,
  DossierStatus,
  ServiceLevel,
  channelCodes,
  statusCodes,
  statusKinds,
} from '../schemas/enums';
import type { Dossier, DossierDateField } from '../schemas/dossier';
import type { RowIssue, RowLocation } from '../issues/rowIssue';
import { formatLocalDateTime, parseLocalDateTime } from '../time/localTime';

export interface ValidateDossierOptions {
  /** Keep the applicant's name (personal data). Default `false`: it is dropped. */
  keepApplicant?: boolean;
  /**
   * Give the dossier's date-times as wall milliseconds (numbers, see `time/localTime`) instead of
   * `YYYY-MM-DDTHH:mm:ss` texts: for a caller that stores them as numbers (the import), so that
   * nothing is formatted only to be parsed again. Default `false`.
   */
  wallDates?: boolean;
}

/** A dossier whose date-times are wall milliseconds (what `wallDates: true` gives). */
export type WallDossier = Omit<Dossier, DossierDateField> & Partial<Record<DossierDateField, number>>;

export type ValidateDossierResult<D = Dossier> =
  | { ok: true; dossier: D; warnings: RowIssue[] }
  | { ok: false; issues: RowIssue[] };

// Wall milliseconds a number date may hold: whole seconds of years 0100–9999, as the text form.
const WALL_MIN = Date.UTC(100, 0, 1);
const WALL_END = Date.UTC(10_000, 0, 1);

const statusByCode = new Map(Object.entries(statusCodes).map(([s, c]) => [String(c), s as DossierStatus]));
const channelByCode = new Map(Object.entries(channelCodes).map(([s, c]) => [String(c), s as Channel]));
// Portal MucDo: 2 = dịch vụ công, 3 = một phần, 4 = toàn trình (research-notes §3.1).
const serviceLevelByCode = new Map<string, ServiceLevel>([
  ['2', 'none'],
  ['3', 'partial'],
  ['4', 'full'],
]);

const statusSet = new Set<string>(DossierStatus.options);
const channelSet = new Set<string>(Channel.options);
const levelSet = new Set<string>(ServiceLevel.options);
type FlagField = 'paidOnline' | 'hasDigitizedComponents' | 'hasElectronicResult';

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/**
 * Turns one raw record with canonical field names (domain.md §3) into a `Dossier`, or into row
 * issues that say why not. Status, channel and service level may be identifiers or portal codes
 * (`TrangThaiHoSo` 1–10, `KenhThucHien` 1–3, `MucDo` 2–4). Dates are local ISO date-times
 * (`YYYY-MM-DD[THH:mm[:ss]]` with the `T`), or numbers of wall milliseconds (the local
 * Asia/Ho_Chi_Minh wall time read as if it were UTC, see `time/localTime`): whole seconds of years
 * 0100–9999; any other number is `invalid_date` quoting it. The dossier's dates are
 * `YYYY-MM-DDTHH:mm:ss` texts, or with `wallDates: true` wall milliseconds.
 * A dossier that would break the identities of domain.md §7 (ended before it was received, ended
 * without an end time) is refused, so every accepted dossier counts consistently.
 *
 * @param record - the raw record (e.g. one parsed JSON line)
 * @param location - where it came from, for the messages
 * @param options - see {@link ValidateDossierOptions}
 * @returns the dossier and warnings, or the issues
 * @example
 * validateDossier({ code: 'A1', procedureName: 'Đăng ký khai sinh', status: 10, channel: 1,
 *   receivedAt: '2026-01-05T08:00', dueAt: '2026-01-05T17:00', returnedAt: '2026-01-05T10:00' },
 *   { file: 'x.jsonl', row: 1 }).ok // true
 * validateDossier({ code: 'A1', procedureName: 'Đăng ký khai sinh', status: 1,
 *   submittedAt: Date.UTC(2026, 0, 5, 8) }, { file: 'x.xlsx', row: 2 }) // submittedAt '2026-01-05T08:00:00'
 */
export function validateDossier(
  record: Readonly<Record<string, unknown>>,
  location: RowLocation,
  options: ValidateDossierOptions & { wallDates: true },
): ValidateDossierResult<WallDossier>;
export function validateDossier(
  record: Readonly<Record<string, unknown>>,
  location: RowLocation,
  options?: ValidateDossierOptions,
): ValidateDossierResult;
export function validateDossier(
  record: Readonly<Record<string, unknown>>,
  location: RowLocation,
  options: ValidateDossierOptions = {},
): ValidateDossierResult<Dossier | WallDossier> {
  // Written for speed (it runs for every row of a large import): no closures, spreads or zod
  // calls per record; the issues and their order are those of the rules above.
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const at: IssueAt = { location, dossierCode: text(record.code) };
  const code = requireText(record, 'code', at, issues);
  const procedureName = requireText(record, 'procedureName', at, issues);

  const rawStatus = record.status;
  let status: DossierStatus | undefined;
  if (isBlank(rawStatus)) {
    issues.push(issue(at, { code: 'missing_field', field: 'status', expected: 'a status (1–10 or its identifier)' }));
  } else {
    const s = String(rawStatus).trim();
    status = statusSet.has(s) ? (s as DossierStatus) : statusByCode.get(s);
    if (!status) issues.push(issue(at, { code: 'unknown_status', field: 'status', input: s, expected: 'a status (1–10 or its identifier)' }));
  }

  let channel: Channel = 'direct';
  if (isBlank(record.channel)) {
    warnings.push(issue(at, { code: 'missing_channel', field: 'channel' }));
  } else {
    const c = String(record.channel).trim();
    const parsed = channelSet.has(c) ? (c as Channel) : channelByCode.get(c);
    if (parsed) channel = parsed;
    else issues.push(issue(at, { code: 'invalid_value', field: 'channel', input: c, expected: 'direct, online or postal (1, 2, 3)' }));
  }

  let serviceLevel: ServiceLevel | undefined;
  if (!isBlank(record.serviceLevel)) {
    const l = String(record.serviceLevel).trim();
    serviceLevel = levelSet.has(l) ? (l as ServiceLevel) : serviceLevelByCode.get(l);
    if (!serviceLevel) issues.push(issue(at, { code: 'invalid_value', field: 'serviceLevel', input: l, expected: 'none, partial or full (2, 3, 4)' }));
  }

  const submittedAt = dateOf(record, 'submittedAt', at, issues);
  const receivedAt = dateOf(record, 'receivedAt', at, issues);
  const dueAt = dateOf(record, 'dueAt', at, issues);
  const supplementRequestedAt = dateOf(record, 'supplementRequestedAt', at, issues);
  const finishedAt = dateOf(record, 'finishedAt', at, issues);
  const returnedAt = dateOf(record, 'returnedAt', at, issues);

  let supplementRequests: number | undefined;
  if (!isBlank(record.supplementRequests)) {
    const n = Number(record.supplementRequests);
    if (Number.isInteger(n) && n >= 0) supplementRequests = n;
    else issues.push(issue(at, { code: 'invalid_value', field: 'supplementRequests', input: String(record.supplementRequests), expected: 'a whole number ≥ 0' }));
  }
  const paidOnline = flagOf(record, 'paidOnline', at, issues);
  const hasDigitizedComponents = flagOf(record, 'hasDigitizedComponents', at, issues);
  const hasElectronicResult = flagOf(record, 'hasElectronicResult', at, issues);

  const procedureCode = optionalText(record, 'procedureCode', at, issues);
  const fieldName = optionalText(record, 'fieldName', at, issues);
  const fieldCode = optionalText(record, 'fieldCode', at, issues);
  const unit = optionalText(record, 'unit', at, issues);
  const applicant = options.keepApplicant ? optionalText(record, 'applicant', at, issues) : undefined;

  if (status && issues.length === 0) {
    const kind = statusKinds[status];
    if (kind !== 'notReceived' && !receivedAt) {
      issues.push(issue(at, { code: 'missing_field', field: 'receivedAt', expected: 'YYYY-MM-DDTHH:mm[:ss]' }));
    }
    if ((kind === 'open' || kind === 'endedWithResult') && !dueAt) {
      // The portal's rule (research-notes §2.2, docs/domain-decisions.md): within deadline / on time.
      warnings.push(issue(at, { code: 'assumed_within_deadline', field: 'dueAt' }));
    }
    if (kind === 'endedWithResult' || kind === 'endedWithoutResult') {
      // endOf (domain.md §4) on the wall milliseconds: finishedAt, else returnedAt.
      const endField = finishedAt !== undefined ? 'finishedAt' : returnedAt !== undefined ? 'returnedAt' : undefined;
      const end = finishedAt ?? returnedAt;
      if (endField === undefined || end === undefined) issues.push(issue(at, { code: 'missing_end', field: 'finishedAt' }));
      else if (receivedAt !== undefined && end < receivedAt) {
        const input = formatLocalDateTime(end);
        issues.push(issue(at, { code: 'end_before_received', field: endField, input, expected: `not before receivedAt ${formatLocalDateTime(receivedAt)}` }));
      }
    }
    if (receivedAt !== undefined && submittedAt !== undefined && receivedAt < submittedAt) {
      warnings.push(issue(at, { code: 'received_before_submitted', field: 'receivedAt', input: formatLocalDateTime(receivedAt) }));
    }
    if (receivedAt !== undefined && dueAt !== undefined && dueAt < receivedAt) {
      warnings.push(issue(at, { code: 'due_before_received', field: 'dueAt', input: formatLocalDateTime(dueAt) }));
    }
  }
  if (issues.length > 0 || !status) return { ok: false, issues };
  const wall = options.wallDates === true;

  // Keys in the order the dossier has always had them (JSON output depends on it).
  const dossier: Record<string, unknown> = { code, procedureName, channel, status };
  if (procedureCode !== undefined) dossier.procedureCode = procedureCode;
  if (fieldName !== undefined) dossier.fieldName = fieldName;
  if (fieldCode !== undefined) dossier.fieldCode = fieldCode;
  if (unit !== undefined) dossier.unit = unit;
  if (applicant !== undefined) dossier.applicant = applicant;
  if (serviceLevel !== undefined) dossier.serviceLevel = serviceLevel;
  if (submittedAt !== undefined) dossier.submittedAt = wall ? submittedAt : dateText(record.submittedAt, submittedAt);
  if (receivedAt !== undefined) dossier.receivedAt = wall ? receivedAt : dateText(record.receivedAt, receivedAt);
  if (dueAt !== undefined) dossier.dueAt = wall ? dueAt : dateText(record.dueAt, dueAt);
  if (supplementRequestedAt !== undefined) dossier.supplementRequestedAt = wall ? supplementRequestedAt : dateText(record.supplementRequestedAt, supplementRequestedAt);
  if (finishedAt !== undefined) dossier.finishedAt = wall ? finishedAt : dateText(record.finishedAt, finishedAt);
  if (returnedAt !== undefined) dossier.returnedAt = wall ? returnedAt : dateText(record.returnedAt, returnedAt);
  if (supplementRequests !== undefined) dossier.supplementRequests = supplementRequests;
  if (paidOnline !== undefined) dossier.paidOnline = paidOnline;
  if (hasDigitizedComponents !== undefined) dossier.hasDigitizedComponents = hasDigitizedComponents;
  if (hasElectronicResult !== undefined) dossier.hasElectronicResult = hasElectronicResult;
  return { ok: true, dossier: dossier as Dossier | WallDossier, warnings };
}

/** Where a record's issues point: its location and, when it has one, its code. */
interface IssueAt {
  location: RowLocation;
  dossierCode: string | undefined;
}

function issue(at: IssueAt, partial: Omit<RowIssue, 'path' | 'dossierCode'>): RowIssue {
  return { path: at.location, ...(at.dossierCode ? { dossierCode: at.dossierCode } : {}), ...partial };
}

function requireText(record: Readonly<Record<string, unknown>>, field: 'code' | 'procedureName', at: IssueAt, issues: RowIssue[]): string {
  const v = text(record[field]);
  if (!v) issues.push(issue(at, { code: 'missing_field', field, expected: 'a non-empty text' }));
  return v ?? '';
}

function optionalText(record: Readonly<Record<string, unknown>>, field: keyof Dossier, at: IssueAt, issues: RowIssue[]): string | undefined {
  const v = record[field];
  if (isBlank(v)) return undefined;
  const t = text(v);
  if (t === undefined) issues.push(issue(at, { code: 'invalid_value', field, input: String(v), expected: 'a non-empty text' }));
  return t;
}

/** A date field as wall milliseconds, `undefined` when blank (an issue when unreadable). */
function dateOf(record: Readonly<Record<string, unknown>>, field: DossierDateField, at: IssueAt, issues: RowIssue[]): number | undefined {
  const v = record[field];
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v % 1000 === 0 && v >= WALL_MIN && v < WALL_END) return v;
  } else if (typeof v === 'string' && v.includes('T')) {
    const ms = parseLocalDateTime(v.trim());
    if (ms !== undefined) return ms;
  }
  issues.push(issue(at, { code: 'invalid_date', field, input: String(v), expected: 'YYYY-MM-DDTHH:mm[:ss]' }));
  return undefined;
}

/** The canonical text of a valid date field `v` read as `ms`. */
function dateText(v: unknown, ms: number): string {
  // A valid date-time text of 19 characters is already canonical: formatting it again gives it back.
  if (typeof v === 'string') {
    const t = v.length === 19 ? v : v.trim();
    if (t.length === 19) return t;
  }
  return formatLocalDateTime(ms);
}

function flagOf(record: Readonly<Record<string, unknown>>, field: FlagField, at: IssueAt, issues: RowIssue[]): boolean | undefined {
  const v = record[field];
  if (isBlank(v)) return undefined;
  const s = String(v).trim().toLowerCase();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0') return false;
  issues.push(issue(at, { code: 'invalid_value', field, input: String(v), expected: 'true or false' }));
  return undefined;
}
