import type { ImportProgress } from '@tthc/import';
import type { UnitReportsProgress } from '@tthc/render';

/** Where progress is drawn: a terminal's stderr (`process.stderr`), or a fake one in tests. */
export interface ProgressStream {
  /** Only a terminal gets progress; a pipe or a file never does. */
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressOptions {
  /** Milliseconds, any origin. Default `performance.now`. */
  now?: () => number;
  /** The least time between two redraws. Default 100 ms (at most ten a second). */
  intervalMs?: number;
}

/**
 * A counting line on a terminal, redrawn in place: the library's progress callbacks turned into
 * text (Vietnamese / English, as the rest of the CLI). Silent when the stream is not a terminal.
 */
export interface Progress {
  /** For `importDossiersLazy`'s `onProgress`: the rows read so far. */
  rows(progress: ImportProgress): void;
  /** For `renderUnitReports`'s `onProgress`: the wards whose reports are rendered. */
  units(progress: UnitReportsProgress): void;
  /** Draws the last state and ends the line (only if anything was drawn); later calls do nothing. */
  done(): void;
}

/** The line of a state: rows read, then wards written once they are counted. */
export function progressText(rowsRead: number | undefined, units: UnitReportsProgress | undefined): string {
  const parts: string[] = [];
  if (rowsRead !== undefined) parts.push(`Đã đọc / read: ${rowsRead} dòng / rows`);
  if (units !== undefined) parts.push(`đã lập báo cáo / reports written: ${units.unitsWritten}/${units.unitsTotal} đơn vị / wards`);
  return parts.join(' · ');
}

const silent: Progress = { rows() {}, units() {}, done() {} };

/**
 * The progress line of one command on `stream`, redrawn at most once per `intervalMs` (the first
 * state at once), with `\r` and "erase to the end of the line"; `done` draws the final state
 * and a line break. Without a terminal (`stream.isTTY` not true) or when `enabled` is false,
 * nothing is ever written.
 *
 * @example
 * const progress = createProgress(process.stderr, !values['no-progress']);
 * try { await importDossiersLazy(files, { onProgress: progress.rows }); } finally { progress.done(); }
 */
export function createProgress(stream: ProgressStream | undefined, enabled = true, options: ProgressOptions = {}): Progress {
  if (!enabled || stream === undefined || stream.isTTY !== true) return silent;
  const now = options.now ?? (() => performance.now());
  const interval = options.intervalMs ?? 100;
  let rowsRead: number | undefined;
  let units: UnitReportsProgress | undefined;
  let drawnAt: number | undefined;
  let ended = false;
  const draw = (end: string) => stream.write(`\r${progressText(rowsRead, units)}\u001b[K${end}`);
  const update = () => {
    if (ended) return;
    const t = now();
    if (drawnAt !== undefined && t - drawnAt < interval) return;
    drawnAt = t;
    draw('');
  };
  return {
    rows(p) {
      rowsRead = p.rowsRead;
      update();
    },
    units(p) {
      units = p;
      update();
    },
    done() {
      if (ended) return;
      ended = true;
      if (drawnAt !== undefined) draw('\n');
    },
  };
}
