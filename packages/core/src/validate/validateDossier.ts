import { Channel, DossierStatus, ServiceLevel, channelCodes, statusCodes } from '../schemas/enums';
import type { Dossier, DossierDateField } from '../schemas/dossier';
import { dossierFieldTable, type DossierFieldEntry, type DossierFieldKind } from '../schemas/dossierFields';
import type { RowIssue, RowLocation } from '../issues/rowIssue';
import { formatLocalDateTime, parseLocalDateTime } from '../time/localTime';
import { checkDossierRules, type RuleIssue } from './dossierRules';

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
// Portal MucDo: 2 = dịch vụ công, 3 = một phần, 4 = toàn trình (docs/sources.md §1).
const serviceLevelByCode = new Map<string, ServiceLevel>([
  ['2', 'none'],
  ['3', 'partial'],
  ['4', 'full'],
]);

const statusSet = new Set<string>(DossierStatus.options);
const channelSet = new Set<string>(Channel.options);
const levelSet = new Set<string>(ServiceLevel.options);
const fields: readonly DossierFieldEntry[] = dossierFieldTable;

/** What each kind of field expects, in English (the Vietnamese is added by `formatIssue`). */
const expectedOf: Readonly<Record<DossierFieldKind, string>> = {
  text: 'a non-empty text',
  status: 'a status (1–10 or its identifier)',
  channel: 'direct, online or postal (1, 2, 3)',
  serviceLevel: 'none, partial or full (2, 3, 4)',
  dateTime: 'YYYY-MM-DDTHH:mm[:ss]',
  count: 'a whole number ≥ 0',
  flag: 'true or false',
};

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
  // Written for speed (it runs for every row of a large import): one pass over the field table,
  // no closures, spreads or zod calls per record.
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const at: IssueAt = { location, dossierCode: text(record.code) };
  const wall = options.wallDates === true;
  const keepPersonal = options.keepApplicant === true;
  const dossier: Record<string, unknown> = {};
  const dates: Partial<Record<DossierDateField, number>> = {};
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k] as DossierFieldEntry;
    const name = f.name;
    const v = record[name];
    if (isBlank(v)) {
      if (f.kind === 'channel') {
        // domain.md §3: no channel is read as direct, as the portal counts it; a listed warning.
        warnings.push(issue(at, { code: 'missing_channel', field: name }));
        dossier[name] = 'direct';
      } else if ('required' in f) {
        issues.push(issue(at, { code: 'missing_field', field: name, expected: expectedOf[f.kind] }));
      }
      continue;
    }
    switch (f.kind) {
      case 'text': {
        if ('personal' in f && !keepPersonal) break;
        const t = text(v);
        if (t !== undefined) dossier[name] = t;
        else if ('required' in f) issues.push(issue(at, { code: 'missing_field', field: name, expected: expectedOf.text }));
        else issues.push(issue(at, { code: 'invalid_value', field: name, input: String(v), expected: expectedOf.text }));
        break;
      }
      case 'status': {
        const s = String(v).trim();
        const status = statusSet.has(s) ? s : statusByCode.get(s);
        if (status) dossier[name] = status;
        else issues.push(issue(at, { code: 'unknown_status', field: name, input: s, expected: expectedOf.status }));
        break;
      }
      case 'channel':
      case 'serviceLevel': {
        const s = String(v).trim();
        const value = f.kind === 'channel' ? (channelSet.has(s) ? s : channelByCode.get(s)) : levelSet.has(s) ? s : serviceLevelByCode.get(s);
        if (value) dossier[name] = value;
        else issues.push(issue(at, { code: 'invalid_value', field: name, input: s, expected: expectedOf[f.kind] }));
        break;
      }
      case 'dateTime': {
        const ms = dateOf(v);
        if (ms === undefined) issues.push(issue(at, { code: 'invalid_date', field: name, input: String(v), expected: expectedOf.dateTime }));
        else {
          dates[name as DossierDateField] = ms;
          dossier[name] = wall ? ms : dateText(v, ms);
        }
        break;
      }
      case 'count': {
        const n = Number(v);
        if (Number.isInteger(n) && n >= 0) dossier[name] = n;
        else issues.push(issue(at, { code: 'invalid_value', field: name, input: String(v), expected: expectedOf.count }));
        break;
      }
      case 'flag': {
        const s = String(v).trim().toLowerCase();
        if (s === 'true' || s === '1') dossier[name] = true;
        else if (s === 'false' || s === '0') dossier[name] = false;
        else issues.push(issue(at, { code: 'invalid_value', field: name, input: String(v), expected: expectedOf.flag }));
        break;
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  const ruleErrors: RuleIssue[] = [];
  const ruleWarnings: RuleIssue[] = [];
  checkDossierRules({ status: dossier.status as DossierStatus, ...dates }, ruleErrors, ruleWarnings);
  if (ruleErrors.length > 0) return { ok: false, issues: ruleErrors.map((e) => issue(at, e)) };
  for (const w of ruleWarnings) warnings.push(issue(at, w));
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



/** A date value as wall milliseconds, or `undefined` when it is not a valid date-time. */
function dateOf(v: unknown): number | undefined {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v % 1000 === 0 && v >= WALL_MIN && v < WALL_END) return v;
  } else if (typeof v === 'string' && v.includes('T')) {
    return parseLocalDateTime(v.trim());
  }
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

