import { InputError, coreInputErrors } from '../errors/index';
import { formatIssue } from '../issues/formatIssue';
import type { RowIssue } from '../issues/rowIssue';

/** A record that is not a valid canonical dossier: the row issues say why (what `parseDossier` throws). */
export class InvalidDossierError extends InputError {
  override readonly name: string = 'InvalidDossierError';
  /** Why the record is not a dossier, as row issues (plain data). */
  readonly issues: readonly RowIssue[];
  constructor(issues: readonly RowIssue[]) {
    const worded = (lang: 'vi' | 'en') => issues.map((i) => formatIssue(i, lang)).join('; ');
    super(coreInputErrors.invalid_dossier, { params: { issuesVi: worded('vi'), issuesEn: worded('en') } });
    this.issues = issues;
  }
}
