import { csvCell, formatIssue, type RowIssue } from '@tthc/core';

/** What an issue line says about its row: rejected, accepted with an assumption, or two inputs disagreeing. */
export type IssueKind = 'rejected' | 'warning' | 'conflict';

/**
 * The rejected rows, the warnings and the conflicts of an import as CSV lines (UTF-8 with a BOM,
 * so that Excel shows Vietnamese), one line per issue, with a `kind` column — what
 * `tthc import --rejects F` writes. Issues hold no personal data (the applicant is never quoted).
 *
 * @param result - the issues of an import
 * @example
 * for (const line of issuesCsv(result)) out.write(line);
 */
export function* issuesCsv(result: {
  rejected: readonly RowIssue[];
  warnings: readonly RowIssue[];
  conflicts: readonly RowIssue[];
}): Generator<string> {
  yield '\ufeffkind,file,sheet,row,column,code,dossierCode,field,input,expected,message_vi,message_en\n';
  const groups: [IssueKind, readonly RowIssue[]][] = [
    ['rejected', result.rejected],
    ['warning', result.warnings],
    ['conflict', result.conflicts],
  ];
  for (const [kind, issues] of groups) {
    for (const i of issues) {
      const fields = [kind, i.path.file, i.path.sheet, i.path.row, i.path.column, i.code, i.dossierCode, i.field, i.input, i.expected];
      yield `${[...fields, formatIssue(i, 'vi'), formatIssue(i, 'en')].map(csvCell).join(',')}\n`;
    }
  }
}
