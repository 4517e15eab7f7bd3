import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index';
import { tthc } from './_run';

// Every command's --help: the usage, every option with its text, examples — and the examples run
// as written (from the repository's root: `examples/` read, `out/` a fresh folder here).

const root = join(import.meta.dirname, '../../..');
const out = mkdtempSync(join(tmpdir(), 'tthc-help-'));

/** The lines of a help section, up to the next blank line. */
const section = (text: string, title: string) => {
  const lines = text.split('\n');
  const start = lines.indexOf(title);
  const end = lines.indexOf('', start);
  return start === -1 ? [] : lines.slice(start + 1, end === -1 ? undefined : end);
};

// `tthc sign`'s examples print the example's PDFs first: they need LibreOffice (CI has it).
const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0 || process.env.TTHC_REQUIRE_SOFFICE === '1';
const needsLibreOffice = new Set(['sign']);

describe.each(Object.keys(commands))('tthc %s --help', (name) => {
  it('prints the usage, every option the usage names with its text, and examples that run as written', async () => {
    const help = await tthc(name, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Cách dùng \/ usage: tthc /);
    expect((await tthc('help', name)).stdout).toBe(help.stdout);
    const options = section(help.stdout, 'Tùy chọn / options:');
    const named = new Set([...help.stdout.split('\n')[0]!.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]));
    for (const option of named) expect(options.some((l) => l.includes(`--${option}`)), `--${option} in ${name}'s options`).toBe(true);
    // Each option line has a Vietnamese / English text.
    for (const [i, line] of options.entries()) if (/^\s+(-\w, )?--/.test(line)) expect(/ \/ /.test(line) ? line : `${line}\n${options[i + 1]}`).toMatch(/ \/ /);
    const examples = section(help.stdout, 'Ví dụ / examples:').map((l) => l.trim());
    expect(examples.length).toBeGreaterThan(0);
    for (const example of soffice || !needsLibreOffice.has(name) ? examples : []) {
      const argv = example.split(' ').slice(1).map((a) => a.replace(/^examples\//, `${root}/examples/`).replace(/^out(\/|$)/, `${out}$1`));
      const ran = await tthc(...argv, ...(['metrics', 'index', 'import', 'report'].includes(argv[0]!) ? ['--no-progress'] : []));
      expect(ran.code, `${example}\n${ran.stderr}`).toBe(0);
    }
  }, 600_000);
});
