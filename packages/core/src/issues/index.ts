export {
  ReportedIssueSchema,
  RowIssueCode,
  RowIssueSchema,
  RowLocation,
  SkipReason,
  SkippedRowSchema,
} from './rowIssue';
export type { ReportedIssue, RowIssue, SkippedRow } from './rowIssue';
export { formatIssue, reportIssue, reportIssues } from './formatIssue';
export type { Language } from './formatIssue';
