import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibreOfficeError, convertWithLibreOffice } from '../src/libreOffice';

// How a conversion is bounded, with a stand-in for soffice (a shell script: the real LibreOffice
// is in otherPrograms.test.ts): the whole process group killed at the time limit, the temporary
// folder removed, one conversion at a time in a process.

const dir = mkdtempSync(join(tmpdir(), 'tthc-fake-soffice-'));
const log = join(dir, 'log');
const fake = join(dir, 'soffice');
writeFileSync(
  fake,
  `#!/bin/sh
echo "start $$ $(date +%s%N) $*" >> "$FAKE_SOFFICE_LOG"
if [ "$FAKE_SOFFICE_MODE" = hang ]; then
  sleep 300 &
  echo "child $!" >> "$FAKE_SOFFICE_LOG"
  sleep 300
fi
out=""; prev=""
for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
mkdir -p "$out"
for a in "$@"; do case "$a" in */in-*) b=$(basename "$a"); echo converted > "$out/\${b%.*}.xlsx";; esac; done
sleep 0.3
echo "end $$ $(date +%s%N)" >> "$FAKE_SOFFICE_LOG"
`,
);
chmodSync(fake, 0o755);

/** Whether a process is running (a zombie waiting for its parent counts as ended). */
const running = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
const lines = (word: string) => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith(`${word} `)) : []);

describe('convertWithLibreOffice, bounded', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    writeFileSync(log, '');
  });

  it('kills the whole process group at the time limit, names the file and the limit, and removes its folder', async () => {
    vi.stubEnv('TTHC_SOFFICE', fake);
    vi.stubEnv('FAKE_SOFFICE_LOG', log);
    vi.stubEnv('FAKE_SOFFICE_MODE', 'hang');
    const error = await convertWithLibreOffice([{ name: 'treo.xls', data: new Uint8Array([1, 2, 3]) }], 'xlsx', { timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibreOfficeError);
    expect(error).toMatchObject({ reason: 'timeout', file: 'treo.xls', limits: { seconds: 2 } });
    const [start] = lines('start');
    const [child] = lines('child');
    const pids = [Number(start?.split(' ')[1]), Number(child?.split(' ')[1])];
    expect(pids.every((pid) => pid > 0)).toBe(true);
    // soffice and the child it started are both gone (the group was killed, not only its leader).
    await vi.waitFor(() => expect(pids.filter(running)).toEqual([]), { timeout: 10_000 });
    const input = (start as string).split(' ').find((a) => a.includes('/in-0.xls')) as string;
    expect(existsSync(dirname(input))).toBe(false);
  }, 30_000);

  it('runs one conversion at a time in a process', async () => {
    vi.stubEnv('TTHC_SOFFICE', fake);
    vi.stubEnv('FAKE_SOFFICE_LOG', log);
    const results = await Promise.all(
      ['a.xls', 'b.xls', 'c.xls'].map((name) => convertWithLibreOffice([{ name, data: new Uint8Array([1]) }], 'xlsx', { timeoutMs: 20_000 })),
    );
    expect(results.map(([bytes]) => Buffer.from(bytes as Uint8Array).toString())).toEqual(['converted\n', 'converted\n', 'converted\n']);
    const times = (word: string) => lines(word).map((l) => BigInt(l.split(' ')[2] as string));
    const [starts, ends] = [times('start'), times('end')];
    expect(starts).toHaveLength(3);
    for (let i = 1; i < 3; i++) expect(starts[i]! >= ends[i - 1]!).toBe(true);
  }, 60_000);
});
