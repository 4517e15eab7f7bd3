import { z } from 'zod';
import { ReportedIssueSchema } from '../issues/rowIssue';
import { ProcedureCatalog } from './catalog';
import { Dossier } from './dossier';
import { Metrics } from './metrics';
import { ReportPeriod } from './period';
import { ServiceIndex } from '../serviceIndex/schema';

/** The schemas published as JSON Schema files (`packages/core/schemas/`), for tools in other languages. */
export const publishedSchemas = {
  dossier: Dossier,
  catalog: ProcedureCatalog,
  period: ReportPeriod,
  metrics: Metrics,
  'row-issue': ReportedIssueSchema,
  'service-index': ServiceIndex,
} as const;

/**
 * The JSON Schema (draft 2020-12) of one published schema.
 *
 * @example jsonSchemaOf('dossier').required // ['code', 'procedureName', 'channel', 'status']
 */
export function jsonSchemaOf(name: keyof typeof publishedSchemas): Record<string, unknown> {
  return { title: `tthc ${name}`, ...z.toJSONSchema(publishedSchemas[name], { io: 'input' }) };
}
