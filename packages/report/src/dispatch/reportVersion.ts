import { createHash } from 'node:crypto';
import type { Metrics, ReportPeriod, ServiceIndex } from '@tthc/core';

// A report's version for the dispatch ledger: a digest of what the report says, so that a run
// repeated on the same data is the same report (not mailed again) and a run on corrected data is
// a new one (mailed). The history's version numbers count runs, not reports: they are not used.

/** The length of a version: 16 hex digits (64 bits) of SHA-256. */
const VERSION_LENGTH = 16;

/** JSON with every object's keys in order: the same figures give the same text whoever built them. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const digest = (value: unknown): string => createHash('sha256').update(canonical(value)).digest('hex').slice(0, VERSION_LENGTH);

/**
 * The version of one unit's report: a digest of its figures and index, the row issues' texts left
 * out as the history leaves them (their counts are in the figures).
 *
 * @example
 * reportVersion({ metrics }) // '3f1c0a9e5b7d2c41'
 */
export function reportVersion(report: { metrics: Metrics; serviceIndex?: ServiceIndex | undefined }): string {
  return digest({ metrics: { ...report.metrics, rejectedRows: report.metrics.rejectedRows.length, warnings: report.metrics.warnings.length }, serviceIndex: report.serviceIndex ?? null });
}

/** The version of a city summary: a digest of its period, its wards' versions and the units the table and the data do not share. */
export function summaryVersion(summary: { period: ReportPeriod; wards: readonly { unit: string; version: string }[]; unlisted: readonly unknown[]; absent: readonly string[] }): string {
  return digest({ period: { from: summary.period.from, to: summary.period.to }, wards: summary.wards, unlisted: summary.unlisted, absent: summary.absent });
}
