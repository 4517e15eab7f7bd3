import {
  Channel,
  DossierStatus,
  ServiceLevel,
  channelCodes,
  statusCodes,
  statusKinds,
} from '../schemas/enums';
import { dossierDateFields, type Dossier } from '../schemas/dossier';
import type { RowIssue, RowLocation } from '../issues/rowIssue';
import { formatLocalDateTime, parseLocalDateTime } from '../time/localTime';
import { endOf } from './endOf';

export interface ValidateDossierOptions {
  /** Keep the applicant's name (personal data). Default `false`: it is dropped. */
  keepApplicant?: boolean;
}

export type ValidateDossierResult =
  | { ok: true; dossier: Dossier; warnings: RowIssue[] }
  | { ok: false; issues: RowIssue[] };

const statusByCode = new Map(Object.entries(statusCodes).map(([s, c]) => [String(c), s as DossierStatus]));
const channelByCode = new Map(Object.entries(channelCodes).map(([s, c]) => [String(c), s as Channel]));
// Portal MucDo: 2 = dịch vụ công, 3 = một phần, 4 = toàn trình (research-notes §3.1).
const serviceLevelByCode = new Map<string, ServiceLevel>([
  ['2', 'none'],
  ['3', 'partial'],
  ['4', 'full'],
]);

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/**
 * Turns one raw record with canonical field names (domain.md §3) into a `Dossier`, or into row
 * issues that say why not. Status, channel and service level may be identifiers or portal codes
 * (`TrangThaiHoSo` 1–10, `KenhThucHien` 1–3, `MucDo` 2–4). Dates are local ISO date-times.
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
 */
export function validateDossier(
  record: Readonly<Record<string, unknown>>,
  location: RowLocation,
  options: ValidateDossierOptions = {},
): ValidateDossierResult {
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const dossierCode = text(record.code);
  const issue = (partial: Omit<RowIssue, 'path' | 'dossierCode'>): RowIssue => ({
    path: location,
    ...(dossierCode ? { dossierCode } : {}),
    ...partial,
  });
  const requireText = (field: 'code' | 'procedureName') => {
    const v = text(record[field]);
    if (!v) issues.push(issue({ code: 'missing_field', field, expected: 'a non-empty text' }));
    return v ?? '';
  };
  const optionalText = (field: keyof Dossier) => {
    const v = record[field];
    if (isBlank(v)) return undefined;
    const t = text(v);
    if (t === undefined) issues.push(issue({ code: 'invalid_value', field, input: String(v), expected: 'a non-empty text' }));
    return t;
  };
  const code = requireText('code');
  const procedureName = requireText('procedureName');

  const rawStatus = record.status;
  let status: DossierStatus | undefined;
  if (isBlank(rawStatus)) {
    issues.push(issue({ code: 'missing_field', field: 'status', expected: 'a status (1–10 or its identifier)' }));
  } else {
    const s = String(rawStatus).trim();
    status = DossierStatus.safeParse(s).success ? (s as DossierStatus) : statusByCode.get(s);
    if (!status) issues.push(issue({ code: 'unknown_status', field: 'status', input: s, expected: 'a status (1–10 or its identifier)' }));
  }

  let channel: Channel = 'direct';
  if (isBlank(record.channel)) {
    warnings.push(issue({ code: 'missing_channel', field: 'channel' }));
  } else {
    const c = String(record.channel).trim();
    const parsed = Channel.safeParse(c).success ? (c as Channel) : channelByCode.get(c);
    if (parsed) channel = parsed;
    else issues.push(issue({ code: 'invalid_value', field: 'channel', input: c, expected: 'direct, online or postal (1, 2, 3)' }));
  }

  let serviceLevel: ServiceLevel | undefined;
  if (!isBlank(record.serviceLevel)) {
    const l = String(record.serviceLevel).trim();
    serviceLevel = ServiceLevel.safeParse(l).success ? (l as ServiceLevel) : serviceLevelByCode.get(l);
    if (!serviceLevel) issues.push(issue({ code: 'invalid_value', field: 'serviceLevel', input: l, expected: 'none, partial or full (2, 3, 4)' }));
  }

  const dates: Partial<Record<(typeof dossierDateFields)[number], string>> = {};
  for (const field of dossierDateFields) {
    const v = record[field];
    if (isBlank(v)) continue;
    const ms = typeof v === 'string' && v.includes('T') ? parseLocalDateTime(v.trim()) : undefined;
    if (ms === undefined) issues.push(issue({ code: 'invalid_date', field, input: String(v), expected: 'YYYY-MM-DDTHH:mm[:ss]' }));
    else dates[field] = formatLocalDateTime(ms);
  }

  let supplementRequests: number | undefined;
  if (!isBlank(record.supplementRequests)) {
    const n = Number(record.supplementRequests);
    if (Number.isInteger(n) && n >= 0) supplementRequests = n;
    else issues.push(issue({ code: 'invalid_value', field: 'supplementRequests', input: String(record.supplementRequests), expected: 'a whole number ≥ 0' }));
  }
  const flags: Partial<Pick<Dossier, 'paidOnline' | 'hasDigitizedComponents' | 'hasElectronicResult'>> = {};
  for (const field of ['paidOnline', 'hasDigitizedComponents', 'hasElectronicResult'] as const) {
    const v = record[field];
    if (isBlank(v)) continue;
    const s = String(v).trim().toLowerCase();
    if (s === 'true' || s === '1') flags[field] = true;
    else if (s === 'false' || s === '0') flags[field] = false;
    else issues.push(issue({ code: 'invalid_value', field, input: String(v), expected: 'true or false' }));
  }

  const optional = {
    procedureCode: optionalText('procedureCode'),
    fieldName: optionalText('fieldName'),
    fieldCode: optionalText('fieldCode'),
    unit: optionalText('unit'),
    applicant: options.keepApplicant ? optionalText('applicant') : undefined,
  };

  if (status && issues.length === 0) {
    const kind = statusKinds[status];
    if (kind !== 'notReceived' && !dates.receivedAt) {
      issues.push(issue({ code: 'missing_field', field: 'receivedAt', expected: 'YYYY-MM-DDTHH:mm[:ss]' }));
    }
    if ((kind === 'open' || kind === 'endedWithResult') && !dates.dueAt) {
      // Without a due date a dossier can be neither early/on time/late nor within deadline/overdue.
      issues.push(issue({ code: 'missing_field', field: 'dueAt', expected: 'YYYY-MM-DDTHH:mm[:ss]' }));
    }
    if (kind === 'endedWithResult' || kind === 'endedWithoutResult') {
      const end = endOf(dates);
      if (!end) issues.push(issue({ code: 'missing_end', field: 'finishedAt' }));
      else if (dates.receivedAt && end.at < dates.receivedAt) {
        issues.push(issue({ code: 'end_before_received', field: end.field, input: end.at, expected: `not before receivedAt ${dates.receivedAt}` }));
      }
    }
    if (dates.receivedAt && dates.submittedAt && dates.receivedAt < dates.submittedAt) {
      warnings.push(issue({ code: 'received_before_submitted', field: 'receivedAt', input: dates.receivedAt }));
    }
    if (dates.receivedAt && dates.dueAt && dates.dueAt < dates.receivedAt) {
      warnings.push(issue({ code: 'due_before_received', field: 'dueAt', input: dates.dueAt }));
    }
  }
  if (issues.length > 0 || !status) return { ok: false, issues };

  const dossier: Dossier = { code, procedureName, channel, status };
  for (const [k, v] of Object.entries({ ...optional, serviceLevel, ...dates, supplementRequests, ...flags })) {
    if (v !== undefined) (dossier as Record<string, unknown>)[k] = v;
  }
  return { ok: true, dossier, warnings };
}
