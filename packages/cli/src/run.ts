import { bothLanguages } from '@tthc/core';
import { type ReportRequest, type ReportRun, runReport } from '@tthc/report';
import type { CommandIo } from './io';
import { createProgress } from './progress';

/**
 * `runReport` of @tthc/report with the progress line on a terminal's stderr (rows read, then
 * wards written), ended however the run ends.
 */
export async function runWithProgress(request: ReportRequest, io: CommandIo, progressWanted: boolean): Promise<ReportRun> {
  const progress = createProgress(io.progress, progressWanted);
  try {
    return await runReport(request, { onImportProgress: progress.rows, onUnitsProgress: progress.units });
  } finally {
    progress.done();
  }
}

/** The period warnings of a run (whole, then per unit), one line each, for stderr. */
export function periodWarningLines(run: Pick<ReportRun, 'periodWarnings' | 'units'>): string {
  const lines = run.periodWarnings.map((w) => bothLanguages(w.message));
  for (const u of run.units ?? []) {
    for (const w of u.periodWarnings) {
      if (!run.periodWarnings.some((whole) => whole.code === w.code)) lines.push(`${u.unit}: ${bothLanguages(w.message)}`);
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}
