import type { Metrics, ServiceIndex } from '@tthc/core';
import type { Profile, RenderedFile, UnitReportsResult } from '@tthc/render';
import { type ReportMail, summaryMail, unitReportMail } from './reportMail';
import { reportVersion, summaryVersion } from './reportVersion';

/** Who a run's mails go to, beside the profiles' `emailRecipients` (the request's `recipients`). */
export interface MailRecipients {
  /** One unit's report: these instead of its profile's. */
  unit?: string[];
  /** The city summary of a units table. */
  summary: string[];
}

/** The mail of one unit's report made from its figures and profile. */
export function documentMail(
  documents: { files: RenderedFile[]; profile: Profile },
  figures: { metrics: Metrics; serviceIndex?: ServiceIndex | undefined },
  recipients: Pick<MailRecipients, 'unit'>,
): ReportMail {
  const { profile, files } = documents;
  return unitReportMail({
    unit: profile.unit.name,
    name: profile.unit.name,
    period: figures.metrics.period,
    version: reportVersion(figures),
    metrics: figures.metrics,
    recipients: recipients.unit ?? profile.emailRecipients,
    files,
  });
}

/** The mails of a units table's reports: one per ward (to its profile's addresses), then the summary. */
export function unitsMails(result: UnitReportsResult, indexes: ReadonlyMap<string, ServiceIndex>, recipients: MailRecipients): ReportMail[] {
  const wards = result.reports.map((report) =>
    unitReportMail({
      unit: report.unit,
      name: report.profile.unit.name,
      period: result.period,
      version: reportVersion({ metrics: report.metrics, serviceIndex: indexes.get(report.unit) }),
      metrics: report.metrics,
      recipients: report.profile.emailRecipients,
      files: report.files,
    }),
  );
  const summary = summaryMail({
    period: result.period,
    version: summaryVersion({ period: result.period, wards: wards.map((w) => ({ unit: w.unit, version: w.version })), unlisted: result.unlisted, absent: result.absent }),
    wards: wards.length,
    unlisted: result.unlisted,
    absent: result.absent,
    recipients: recipients.summary,
    file: result.summary,
  });
  return [...wards, summary];
}
