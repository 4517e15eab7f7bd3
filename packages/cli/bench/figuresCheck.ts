// The figures of the bench's files, byte for byte: the sha256 of `tthc metrics --json`'s output on
// the example, the 200k and 1M one-stop exports and the 100-ward city export, beside the one
// recorded in figures.json at the landing before the speed work. The files are generated
// deterministically, so the same figures give the same bytes on any machine.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

export interface FiguresCheck {
  file: string;
  sha256: string;
  recorded: string | undefined;
  same: boolean;
}

/**
 * Runs the built `tthc metrics --json` on each file and compares its output with the recorded one.
 *
 * @param repo - the repository's root
 * @param files - label → the arguments of `tthc metrics` (inputs, catalog, period)
 */
export function checkFigures(repo: string, files: Record<string, string[]>): { rev: string; checks: FiguresCheck[] } {
  const recorded = JSON.parse(readFileSync(join(repo, 'packages', 'cli', 'bench', 'figures.json'), 'utf8')) as { recordedAt: string; sha256: Record<string, string> };
  const bin = join(repo, 'packages', 'cli', 'dist', 'bin.js');
  const checks = Object.entries(files).map(([file, inputs]) => {
    // Run from the repository with the files named from there: the figures name their files as given.
    const args = inputs.map((a) => (isAbsolute(a) ? relative(repo, a) : a));
    const r = spawnSync(process.execPath, [bin, 'metrics', ...args, '--json'], { cwd: repo, maxBuffer: 1 << 28, timeout: 20 * 60_000 });
    if (r.status !== 0) throw new Error(`tthc metrics on ${file}: exit ${r.status}: ${String(r.stderr).trim().split('\n').slice(-2).join(' ')}`);
    const sha256 = createHash('sha256').update(r.stdout).digest('hex');
    return { file, sha256, recorded: recorded.sha256[file], same: sha256 === recorded.sha256[file] };
  });
  return { rev: recorded.recordedAt, checks };
}
