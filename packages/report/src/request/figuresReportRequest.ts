import { z } from 'zod';
import { Metrics, ServiceIndex } from '@tthc/core';
import { DocumentOptions, type ReportRequest, UnitReportRequest } from './reportRequest';

/**
 * A unit's report made from figures already computed (an n8n TTHC Metrics item): the figures,
 * the index when the profile's QĐ 766 section is on, and the document options of
 * {@link ReportRequest}.
 */
export const FiguresReportRequest = z.object({
  metrics: Metrics,
  serviceIndex: ServiceIndex.optional(),
  report: UnitReportRequest,
  ...DocumentOptions.shape,
});
export type FiguresReportRequest = z.input<typeof FiguresReportRequest>;
export type ParsedFiguresReportRequest = z.output<typeof FiguresReportRequest>;
