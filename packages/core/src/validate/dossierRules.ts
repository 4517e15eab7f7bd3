import { statusKinds, type DossierStatus } from '../schemas/enums';
import type { RowIssue } from '../issues/rowIssue';
import { formatLocalDateTime } from '../time/index';

// domain.md §3/§4/§7 — the rules across fields that decide whether a row can be counted at all.
// One definition, applied by the fast validator (validateDossier) and the zod schema (Dossier).

/** A dossier's status and dates (wall milliseconds), as the rules read them. */
export interface DossierRuleInput {
  status: DossierStatus;
  submittedAt?: number | undefined;
  receivedAt?: number | undefined;
  dueAt?: number | undefined;
  finishedAt?: number | undefined;
  returnedAt?: number | undefined;
}

/** What a broken rule says: a row issue without its location. */
export type RuleIssue = Pick<RowIssue, 'code' | 'field' | 'input' | 'expected'>;

const DATE_EXPECTED = 'YYYY-MM-DDTHH:mm[:ss]';

/**
 * Checks the rules of a dossier whose fields are each valid: the errors make the identities of
 * domain.md §7 impossible (a received dossier without its receipt time, an ended one without an
 * end time or ended before it was received); the warnings are kept as they are but reported
 * (received before submitted, due before received, no due date: counted within deadline).
 *
 * @param d - the status and dates
 * @param errors - where the errors are pushed
 * @param warnings - where the warnings are pushed
 */
export function checkDossierRules(d: DossierRuleInput, errors: RuleIssue[], warnings: RuleIssue[]): void {
  const kind = statusKinds[d.status];
  const { receivedAt, submittedAt, dueAt } = d;
  if (kind !== 'notReceived' && receivedAt === undefined) {
    errors.push({ code: 'missing_field', field: 'receivedAt', expected: DATE_EXPECTED });
  }
  if ((kind === 'open' || kind === 'endedWithResult') && dueAt === undefined) {
    // The portal's rule (docs/qd766-index.md, docs/domain-decisions.md): no due date counts
    // within deadline / on time; a listed warning says so.
    warnings.push({ code: 'assumed_within_deadline', field: 'dueAt' });
  }
  if (kind === 'endedWithResult' || kind === 'endedWithoutResult') {
    // endOf (domain.md §4): finishedAt, else returnedAt.
    const endField = d.finishedAt !== undefined ? 'finishedAt' : d.returnedAt !== undefined ? 'returnedAt' : undefined;
    const end = d.finishedAt ?? d.returnedAt;
    if (endField === undefined || end === undefined) errors.push({ code: 'missing_end', field: 'finishedAt' });
    else if (receivedAt !== undefined && end < receivedAt) {
      errors.push({
        code: 'end_before_received',
        field: endField,
        input: formatLocalDateTime(end),
        expected: `not before receivedAt ${formatLocalDateTime(receivedAt)}`,
      });
    }
  }
  if (receivedAt !== undefined && submittedAt !== undefined && receivedAt < submittedAt) {
    warnings.push({ code: 'received_before_submitted', field: 'receivedAt', input: formatLocalDateTime(receivedAt) });
  }
  if (receivedAt !== undefined && dueAt !== undefined && dueAt < receivedAt) {
    warnings.push({ code: 'due_before_received', field: 'dueAt', input: formatLocalDateTime(dueAt) });
  }
}
