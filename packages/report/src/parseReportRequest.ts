import type { z } from 'zod';
import { InputError, formatZodIssues } from '@tthc/core';
import { reportInputErrors } from './reportErrors';
import { type ParsedReportRequest, ReportRequest } from './request/reportRequest';

/** A request checked against its schema, its defaults filled in; an `InputError` naming each field that is wrong. */
export function checkedRequest<S extends z.ZodType>(schema: S, request: unknown): z.output<S> {
  const parsed = schema.safeParse(request);
  if (parsed.success) return parsed.data;
  const issues = formatZodIssues(parsed.error, { max: 5, layout: 'inline' });
  throw new InputError(reportInputErrors.invalid_request, { params: { issues }, cause: parsed.error });
}

/**
 * Checks a report request and fills in its defaults.
 *
 * @param request - what a face built
 * @returns the request as the run reads it
 * @throws InputError naming each field that is wrong and what was expected
 * @example parseReportRequest({ inputs: ['a.xlsx'], period: { from: '2026-01-01', to: '2026-01-31' } }).formats // ['docx', 'xlsx', 'md', 'html']
 */
export function parseReportRequest(request: unknown): ParsedReportRequest {
  return checkedRequest(ReportRequest, request);
}
