import { computeMetrics, type Dossier } from '@tthc/core';
import type { NewHistoryEntry } from '../src/index';

/** A small valid entry of `unit` for `period`, its figures computed from one open dossier. */
export function entry(unit: string, period: { from: string; to: string }, openCodes: string[] = ['H1'], recordedAt = '2026-12-07T10:00:00.000Z'): NewHistoryEntry {
  const d: Dossier = {
    code: 'H1',
    unit,
    procedureName: 'Đăng ký khai sinh',
    channel: 'direct',
    status: 'processing',
    receivedAt: `${period.from}T08:00:00`,
    dueAt: `${period.to}T17:00:00`,
  };
  return {
    unit,
    period,
    recordedAt,
    figures: computeMetrics([d], { period }),
    accounting: { read: 1, accepted: 1, rejected: 0, skipped: 0, warnings: {} },
    formulaVersions: { serviceIndex: 'tthc-qd766-estimate-v1' },
    inputs: [{ name: 'dossiers.jsonl', size: 120, sha256: 'a'.repeat(64) }],
    openCodes,
  };
}
