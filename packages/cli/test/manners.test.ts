import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tthc } from './_run';

const here = import.meta.dirname;
const { version } = JSON.parse(readFileSync(join(here, '../package.json'), 'utf8')) as { version: string };

describe('the command line', () => {
  it('says its version', async () => {
    for (const flag of ['--version', '-V', 'version']) expect(await tthc(flag)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('gives a command\'s help by tthc help <command> as by --help', async () => {
    const byHelp = await tthc('help', 'report');
    expect(byHelp.code).toBe(0);
    expect(byHelp.stdout).toBe((await tthc('report', '--help')).stdout);
    expect(byHelp.stdout).toContain('tthc report');
  });

  it('ends quietly when the reader closes the pipe early (| head)', async () => {
    // The example city's 640 dossiers as JSON Lines: more than a pipe holds, so writing goes on after the reader left.
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, '../src/bin.ts'), 'import', '--input', join(here, '../../../examples/city/dossiers.jsonl')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    // What it says on stderr is its own (the rows' accounting), never a stack trace.
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  }, 60_000);
});
