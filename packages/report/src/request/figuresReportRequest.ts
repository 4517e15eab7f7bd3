import { z } from 'zod';
import { Metrics, ServiceIndex } from '@tthc/core';
import { DocumentOptions, RecipientsRequest, type ReportRequest, UnitReportRequest } from './reportRequest';
import { HistorySummary } from './historySummary';

/**
 * A unit's report made from figures already computed (an n8n TTHC Metrics item): the figures,
 * the index when the profile's QĐ 766 section is on, the unit's history as the run that
 * computed them gave it (its comparisons, carried-over check and recent periods), and the
 * document options of {@link ReportRequest}.
 */
export const FiguresReportRequest = z.object({
  metrics: Metrics,
  serviceIndex: ServiceIndex.optional(),
  history: HistorySummary.optional(),
  report: UnitReportRequest,
  /** Who its mail goes to: `unit`, instead of the profile's `emailRecipients`. */
  recipients: RecipientsRequest.pick({ unit: true }).default({}),
  ...DocumentOptions.shape,
});
export type FiguresReportRequest = z.input<typeof FiguresReportRequest>;
export interface ParsedFiguresReportRequest extends z.output<typeof FiguresReportRequest> {}
