import { bothLanguages } from '@tthc/core';
import { type ReportRun, historySummary } from '@tthc/report';

// What the commands print of a run's history (`--history`): the carried-over check on stderr and
// the `history` member of `--json`. Translation only: the run read, checked and recorded it.

/** Each unit's carried-over mismatch: the warning, then every dossier that differs, by code. */
export function carriedOverLines(run: Pick<ReportRun, 'units'>): string {
  const lines: string[] = [];
  for (const u of run.units ?? []) {
    const check = u.history?.carriedOver;
    if (!check?.warning) continue;
    lines.push(bothLanguages(check.warning.message));
    if (check.missing.length > 0) {
      lines.push(`  còn tồn kỳ trước, không chuyển sang kỳ này / open then, not carried over now: ${check.missing.map((d) => `${d.code} (${d.reason})`).join(', ')}`);
    }
    if (check.unexpected.length > 0) {
      lines.push(`  chuyển sang kỳ này, không còn tồn kỳ trước / carried over now, not open then: ${check.unexpected.map((d) => `${d.code} (${d.reason})`).join(', ')}`);
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}

/** The `history` member of `--json`: where it was recorded and, per unit, what it compared with and checked. */
export function historyJson(run: Pick<ReportRun, 'units' | 'history'>): unknown {
  if (!run.history) return undefined;
  return {
    store: run.history.store,
    units: (run.units ?? []).map((u) => ({ unit: u.unit, ...(u.history ? historySummary(u.history) : {}) })),
  };
}
