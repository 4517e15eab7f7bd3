import { Channel, DossierStatus, ServiceLevel, channelCodes, statusCodes } from '../schemas/enums';
import type { Dossier, DossierDateField } from '../schemas/dossier';
import { dossierFieldTable, type DossierFieldKind } from '../schemas/dossierFields';
import { compileFieldChecks, type FieldCheckHelpers } from './_lib/fieldChecks';
import type { RowIssue, RowLocation } from '../issues/rowIssue';
import { formatLocalDateTime, parseLocalDateTime } from '../time/index';
import { checkDossierRules, type DossierRuleInput, type RuleIssue } from './dossierRules';

export interface ValidateDossierOptions {
  /** Keep the applicant's name (personal data). Default `false`: it is dropped. */
  keepApplicant?: boolean;
  /**
   * Give the dossier's date-times as wall milliseconds (numbers, see `time/units.ts`) instead of
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

const helpers: FieldCheckHelpers = {
  isBlank,
  text,
  dateOf,
  dateText,
  issue: (at, partial) => issue(at as IssueAt, partial),
  sets: { status: statusSet, channel: channelSet, serviceLevel: levelSet },
  codes: { status: statusByCode, channel: channelByCode, serviceLevel: serviceLevelByCode },
  expected: expectedOf,
};
const checkFields = compileFieldChecks(dossierFieldTable);

/**
 * Turns one raw record with canonical field names (domain.md §3) into a `Dossier`, or into row
 * issues that say why not. Status, channel and service level may be identifiers or portal codes
 * (`TrangThaiHoSo` 1–10, `KenhThucHien` 1–3, `MucDo` 2–4). Dates are local ISO date-times
 * (`YYYY-MM-DD[THH:mm[:ss]]` with the `T`), or numbers of wall milliseconds (the local
 * Asia/Ho_Chi_Minh wall time read as if it were UTC, see `time/units.ts`): whole seconds of years
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
  // Written for speed (it runs for every row of a large import): the table's checks compiled
  // once into one function (see _lib/fieldChecks.ts); no zod call per record.
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const at: IssueAt = { location, dossierCode: text(record.code) };
  const dossier: Record<string, unknown> = {};
  const wall = options.wallDates === true;
  // With wall dates the dossier holds its dates as the rules read them: no second object.
  const dates = wall ? dossier : {};
  checkFields(record, dossier, dates as Record<string, number>, issues, warnings, wall, options.keepApplicant === true, helpers, at);
  if (issues.length > 0) return { ok: false, issues };
  ruleErrors.length = 0;
  ruleWarnings.length = 0;
  checkDossierRules(wall ? (dossier as unknown as DossierRuleInput) : { status: dossier.status as DossierStatus, ...dates }, ruleErrors, ruleWarnings);
  if (ruleErrors.length > 0) return { ok: false, issues: ruleErrors.map((e) => issue(at, e)) };
  for (const w of ruleWarnings) warnings.push(issue(at, w));
  return { ok: true, dossier: dossier as Dossier | WallDossier, warnings };
}

/** The rules' findings of the record being checked (emptied for each; worded into row issues at once). */
const ruleErrors: RuleIssue[] = [];
const ruleWarnings: RuleIssue[] = [];

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

