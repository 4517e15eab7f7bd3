import type { Profile, RenderedFile } from '@tthc/render';
import { type FileAccess, diskFiles } from './_lib/files';
import { readDocumentInputs, renderUnitDocuments } from './_lib/documents';
import { historyReportOptions } from './_lib/runHistory';
import type { ReportMail } from './dispatch/reportMail';
import { documentMail } from './dispatch/runMails';
import { checkedRequest } from './parseReportRequest';
import { FiguresReportRequest } from './request/figuresReportRequest';

/**
 * A unit's report from figures already computed (an n8n TTHC Metrics item): the same documents,
 * file names and checks as a run's `documents` — the figures and the index are checked against
 * their schemas; the index is required when the profile (with the notes) turns its section on.
 *
 * @param request - see {@link FiguresReportRequest}
 * @param options - how the profile and notes are read (default the local disk)
 * @returns the files in the order of the formats, the profile they were made with, and their mail
 * @throws InputError for a bad request, profile or notes; as `renderReport` of @tthc/render
 * @example
 * const { files } = await reportFromFigures({ metrics, report: { profile: 'profile.yaml' }, formats: ['docx'] });
 */
export async function reportFromFigures(
  request: FiguresReportRequest,
  options: { files?: FileAccess } = {},
): Promise<{ files: RenderedFile[]; profile: Profile; mail: ReportMail }> {
  const r = checkedRequest(FiguresReportRequest, request);
  const inputs = await readDocumentInputs(r, options.files ?? diskFiles);
  const history = r.history ? historyReportOptions(r.history) : undefined;
  const documents = { profile: inputs.profile as Profile, files: await renderUnitDocuments(r, inputs, r.metrics, r.serviceIndex, history) };
  return { ...documents, mail: documentMail(documents, r, r.recipients) };
}
