// The purity check of `pnpm --filter @tthc/core lint` (scripts/check-purity.ts): each kind of
// violation is found and named by line, none in the core's own sources (the lint step itself
// checks them too); the script, run as the lint step runs it, fails on a folder holding one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { impurities, impuritiesIn } from '../scripts/check-purity';

const core = join(import.meta.dirname, '..');
/** The lint step's command (`tsx scripts/check-purity.ts`) in the package folder. */
const check = (...folders: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(core, 'scripts', 'check-purity.ts'), ...folders], { encoding: 'utf8', cwd: core });

function folderWith(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-purity-'));
  writeFileSync(join(dir, 'rule.ts'), source);
  return dir;
}

describe('the core purity check', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", "imports the Node builtin 'node:fs'"],
    ["import { join } from 'path';", "imports the Node builtin 'path'"],
    ["export { join } from 'node:path';", "imports the Node builtin 'node:path'"],
    ["export const os = () => import('node:os');", "loads the Node builtin 'node:os'"],
    ['export const tz = () => process.env.TZ;', 'uses the process (process)'],
    ['export const now = () => Date.now();', 'uses the clock (Date.now)'],
    ['export const today = () => new Date();', 'reads the clock (new Date() without arguments)'],
    ['export const text = () => Date();', 'reads the clock (Date() is the current time)'],
    ['export const t = () => performance.now();', 'uses the clock (performance)'],
    ['setTimeout(() => undefined, 1);', 'uses a timer (setTimeout)'],
    ['export const id = setInterval(() => undefined, 1);', 'uses a timer (setInterval)'],
    ['export const pick = () => Math.random();', 'uses randomness (Math.random)'],
  ])('finds %s', (line, message) => {
    expect(impurities(`// a rule\nexport const x = 1;\n${line}\n`, 'rule.ts')).toEqual([`rule.ts:3: ${message}`]);
  });

  it('passes what only looks alike: comments, strings, properties, a date from arguments', () => {
    const text = [
        '// process.env and Date.now() in a comment',
        "export const words = 'process setTimeout Math.random';",
        'export const step = { process: 1, performance: 2 };',
        'export const read = (o: { process: number }) => o.process + step.performance;',
        'export const day = new Date(Date.UTC(2026, 0, 5));',
        "import { z } from 'zod';",
        'export const s = z.string();',
    ].join('\n');
    expect(impurities(text, 'rule.ts')).toEqual([]);
  });

  it("finds nothing in the core's own sources", () => {
    expect(impuritiesIn([join(core, 'src')])).toEqual([]);
  });

  // One process that loads tsx and TypeScript: seconds, or a minute on a busy machine.
  it('the lint step exits 1 on a folder with a violation, naming it', () => {
    const bad = check(folderWith("export const x = 1;\nexport const tz = () => process.env.TZ;\n"));
    expect(bad.stderr).toMatch(/rule\.ts:2: uses the process \(process\)/);
    expect(bad.status).toBe(1);
  });
});
