import { formatLocalDateTime, type RowAccounting } from '@tthc/core';
import type { HeadingFound } from './_lib/events';
import { defaultLimits } from './_lib/limits';
import { openRows } from './_lib/openRows';
import { resolveForced } from './_lib/resolvePreset';
import { openSource } from './_lib/source';
import { importDossiersLazy } from './importDossiersLazy';
import type { ImportInput } from './importResult';
import type { ImportOptions } from './importOptions';

/** What `tthc inspect` shows of one input: for IT staff checking a new system's export. */
export interface Inspection {
  file: string;
  format: string;
  sheet?: string;
  /** The source (preset) detected or forced. */
  source: string;
  /** The heading row(s), each heading → canonical field, and the headings not read (tables). */
  heading?: HeadingFound;
  /** The first records as mapped (canonical field names; dates as `YYYY-MM-DDTHH:mm:ss`), never the applicant. */
  samples: Record<string, unknown>[];
  rows: RowAccounting;
  rejectedByCode: Record<string, number>;
  warningsByCode: Record<string, number>;
}

const SAMPLES = 3;
const wallText = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 1e11 ? formatLocalDateTime(v) : v);
const countBy = (issues: readonly { code: string }[]) => {
  const out: Record<string, number> = {};
  for (const i of issues) out[i.code] = (out[i.code] ?? 0) + 1;
  return out;
};

/**
 * Inspects inputs: format, sheet, detected source and heading row, each heading → field and the
 * headings ignored, a few values as parsed, the accounting and the issues by kind. The applicant
 * is never read.
 *
 * @param inputs - file paths or `{ name, data }` buffers
 * @param options - as for `importDossiers` (`source`, `mapping`, `limits`)
 */
export async function inspectInputs(inputs: readonly ImportInput[], options: ImportOptions = {}): Promise<Inspection[]> {
  const forced = await resolveForced(options);
  const limits = { ...defaultLimits, ...options.limits };
  const out: Inspection[] = [];
  for (const input of inputs) {
    const source = await openSource(input);
    const stream = await openRows(source, forced, limits, false, false);
    const samples: Record<string, unknown>[] = [];
    outer: for await (const batch of stream.events) {
      for (const event of batch) {
        if (event.kind !== 'record') continue;
        // Personal data never leaves: the applicant is dropped whatever the reader kept.
        samples.push(Object.fromEntries(Object.entries(event.record).filter(([k]) => k !== 'applicant').map(([k, v]) => [k, wallText(v)])));
        if (samples.length >= SAMPLES) break outer;
      }
    }
    const full = await importDossiersLazy([input], { ...options, keepApplicant: false });
    const accounting = full.inputs[0];
    out.push({
      file: source.name,
      format: accounting?.format ?? stream.format,
      ...(accounting?.sheet === undefined ? {} : { sheet: accounting.sheet }),
      source: accounting?.source ?? stream.source,
      ...(stream.heading === undefined ? {} : { heading: stream.heading }),
      samples,
      rows: full.rows,
      rejectedByCode: countBy(full.rejected),
      warningsByCode: countBy([...full.warnings, ...full.conflicts]),
    });
  }
  return out;
}
