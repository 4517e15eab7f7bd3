import { fieldLabels } from '../schemas/dossierFields';
import { formatNote } from '../notes/formatNote';
import type { ReportedIssue, RowIssue, RowLocation } from './rowIssue';
import { rowIssueNotes, rowIssueParts } from './rowIssueNotes';

export type Language = 'vi' | 'en';

/** Vietnamese names of the fields read from exports only (not canonical: see the import's presets). */
const exportFieldLabels: Readonly<Record<string, string>> = { extendedDueAt: 'Ngày gia hạn', onlineFlag: 'Trực tuyến' };

/** Vietnamese wording of the `expected` hints the validators use. */
const expectedVi: Readonly<Record<string, string>> = {
  'a non-empty text': 'một giá trị không rỗng',
  'YYYY-MM-DDTHH:mm[:ss]': 'YYYY-MM-DDTHH:mm[:ss] (giờ Việt Nam)',
  'a whole number ≥ 0': 'một số nguyên ≥ 0',
  'true or false': 'true hoặc false',
  'a JSON object': 'một đối tượng JSON',
};

function where(path: RowLocation, lang: Language): string {
  const parts = [path.file];
  if (path.sheet !== undefined) parts.push(formatNote({ code: 'in_sheet', params: { sheet: path.sheet } }, lang, rowIssueParts));
  if (path.row !== undefined) parts.push(formatNote({ code: 'at_row', params: { row: path.row } }, lang, rowIssueParts));
  if (path.column !== undefined) parts.push(formatNote({ code: 'in_column', params: { column: path.column } }, lang, rowIssueParts));
  return parts.join(', ');
}

/**
 * Turns a row issue into one sentence in Vietnamese or English, naming the place, the dossier,
 * the field, the value read and what was expected.
 *
 * @param issue - the row issue (plain data)
 * @param lang - `vi` or `en`
 * @returns the message
 * @example
 * formatIssue({ code: 'invalid_date', path: { file: 'a.jsonl', row: 3 }, field: 'receivedAt', input: '31/02/2026' }, 'en')
 * // 'a.jsonl, row 3: unreadable date — field receivedAt, value "31/02/2026"'
 */
export function formatIssue(issue: RowIssue, lang: Language): string {
  const part = (code: keyof typeof rowIssueParts & string, params: Record<string, string | number>) => formatNote({ code, params }, lang, rowIssueParts);
  const details: string[] = [];
  if (issue.dossierCode !== undefined) details.push(part('of_dossier', { dossierCode: issue.dossierCode }));
  if (issue.field !== undefined) {
    const label = fieldLabels[issue.field] ?? exportFieldLabels[issue.field];
    details.push(part('of_field', { field: issue.field, fieldVi: label ? `"${label}" (${issue.field})` : issue.field }));
  }
  if (issue.input !== undefined) details.push(part('with_value', { input: issue.input }));
  if (issue.expected !== undefined) {
    details.push(part('expecting', { expected: issue.expected, expectedVi: expectedVi[issue.expected] ?? issue.expected }));
  }
  return part('sentence', {
    place: where(issue.path, lang),
    reason: formatNote({ code: issue.code, params: {} }, lang, rowIssueNotes),
    details: details.length > 0 ? ` — ${details.join(', ')}` : '',
  });
}

/** Adds both texts to a row issue, for JSON output and reports. */
export function reportIssue(issue: RowIssue): ReportedIssue {
  return { ...issue, message: { vi: formatIssue(issue, 'vi'), en: formatIssue(issue, 'en') } };
}

/** {@link reportIssue} over a list; issues that already carry their texts are kept as they are. */
export function reportIssues(issues: readonly RowIssue[]): ReportedIssue[] {
  return issues.map((i) => ('message' in i ? (i as ReportedIssue) : reportIssue(i)));
}
