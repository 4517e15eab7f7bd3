import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// LibreOffice headless as a converter of files (the import's .xls → .xlsx, the report run's
// DOCX/XLSX → PDF): its own profile folder in a fresh temporary folder, so that it never meets a
// running LibreOffice; stopped after `sofficeTimeoutMs`, capped at `sofficeMemoryMb`, one at a
// time in a process. Several files go to one soffice process: each start costs seconds.

/**
 * How long one conversion may run before LibreOffice is stopped, so that a hung soffice never
 * holds a run: 60 s for an import's .xls (a file anyone may upload), 180 s for printing a
 * run's reports as PDF (several files in one process); `TTHC_SOFFICE_TIMEOUT_MS`, when it is a
 * positive number of milliseconds, for both. The tests raise it: on a loaded 2-core machine a
 * conversion of small files took 60–110 s (about 5 s of CPU), and the tests wait for soffice to
 * end, not a clock.
 */
export function sofficeTimeoutMs(kind: 'import' | 'print' = 'print'): number {
  const ms = Number(process.env.TTHC_SOFFICE_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : kind === 'import' ? 60_000 : 180_000;
}

/**
 * How much memory (address space) one soffice may take before it fails: 2048 MB, or
 * `TTHC_SOFFICE_MEMORY_MB`. A 1 kB .ods can declare a billion rows; uncapped, LibreOffice grew to
 * 16 GB on it; capped, it gives up in seconds. Set with util-linux's `prlimit` where there is one
 * (Linux); elsewhere only the time limit holds.
 */
export function sofficeMemoryMb(): number {
  const mb = Number(process.env.TTHC_SOFFICE_MEMORY_MB);
  return Number.isFinite(mb) && mb > 0 ? mb : 2048;
}

const hasPrlimit = (): boolean => (hasPrlimitCache ??= spawnSync('prlimit', ['--version'], { stdio: 'ignore' }).status === 0);
let hasPrlimitCache: boolean | undefined;

// One soffice at a time in a process (several n8n executions, several runs): each takes up to
// sofficeMemoryMb. Kept on globalThis, so that every copy of this module a process loads shares it.
const TURN = Symbol.for('tthc.import.sofficeTurn');
async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const store = globalThis as Record<symbol, Promise<unknown> | undefined>;
  const before = store[TURN] ?? Promise.resolve();
  const mine = before.then(work, work);
  store[TURN] = mine.catch(() => undefined);
  return mine;
}

/** Why a conversion gave no file: soffice not installed, failed, stopped at its time limit, or wrote no output. */
export class LibreOfficeError extends Error {
  constructor(
    readonly reason: 'missing' | 'failed' | 'timeout' | 'no_output',
    /** The name of the (first) file it failed on. */
    readonly file: string,
    options?: { cause?: unknown },
    /** The limits it ran under: seconds, and megabytes of memory (undefined where no cap applies). */
    readonly limits: { seconds: number; memoryMb?: number } = { seconds: 0 },
  ) {
    super(`LibreOffice: ${reason} (${file})`, options);
    this.name = 'LibreOfficeError';
  }
}

/**
 * Converts files with LibreOffice headless, all in one soffice process, in a process group of its
 * own: on timeout the whole group is killed (soffice starts soffice.bin as a child), and the
 * temporary folder is removed whatever happens.
 *
 * @param files - the files, each named with its extension (`a.docx`); names must differ
 * @param to - soffice's `--convert-to` target: `xlsx`, `pdf`, or `pdf:writer_pdf_Export:{…}`
 * @param options - `timeoutMs`: the time limit (default `sofficeTimeoutMs()`)
 * @returns each file's converted bytes, in the order given
 * @throws LibreOfficeError naming the file and the limits
 */
export async function convertWithLibreOffice(files: readonly { name: string; data: Uint8Array }[], to: string, options: { timeoutMs?: number } = {}): Promise<Uint8Array[]> {
  if (files.length === 0) return [];
  const timeoutMs = options.timeoutMs ?? sofficeTimeoutMs();
  const limits = { seconds: Math.round(timeoutMs / 1000), ...(hasPrlimit() ? { memoryMb: sofficeMemoryMb() } : {}) };
  const first = (files[0] as { name: string }).name;
  const dir = await mkdtemp(join(tmpdir(), 'tthc-soffice-'));
  try {
    // Inputs by position (never by the user's name: a name is not a path).
    const inputs = files.map((f, i) => join(dir, `in-${i}${extname(f.name).toLowerCase()}`));
    await Promise.all(files.map((f, i) => writeFile(inputs[i] as string, f.data)));
    const out = join(dir, 'out');
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const soffice = process.env.TTHC_SOFFICE ?? 'soffice';
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, ...inputs];
    const [command, argv] = hasPrlimit() ? ['prlimit', [`--as=${sofficeMemoryMb() * 1024 * 1024}`, '--', soffice, ...args]] : [soffice, args];
    await oneAtATime(() => runGroup(command, argv, timeoutMs)).catch((error: NodeJS.ErrnoException & { stderr?: string; timedOut?: boolean }) => {
      // prlimit says so when it cannot start soffice.
      const missing = error.code === 'ENOENT' || /failed to execute.*No such file/i.test(error.stderr ?? '');
      throw new LibreOfficeError(missing ? 'missing' : error.timedOut ? 'timeout' : 'failed', first, { cause: error }, limits);
    });
    const ext = to.split(':')[0] as string;
    const results: Uint8Array[] = [];
    for (const [i, input] of inputs.entries()) {
      try {
        results.push(new Uint8Array(await readFile(join(out, `${basename(input, extname(input))}.${ext}`))));
      } catch {
        throw new LibreOfficeError('no_output', (files[i] as { name: string }).name, undefined, limits);
      }
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs a command in a new process group; after `timeoutMs` the whole group is killed (SIGKILL)
 * and the error says `timedOut`. Rejects on a non-zero exit, with what it wrote on stderr.
 */
function runGroup(command: string, argv: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 1 << 16) stderr += chunk.toString();
    });
    const killGroup = () => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // the group is gone already
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(Object.assign(error, { stderr }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Whatever soffice left running in its group (soffice.bin, oosplash) goes with it.
      killGroup();
      if (code === 0 && !timedOut) resolve();
      else reject(Object.assign(new Error(`soffice: ${timedOut ? 'timed out' : signal ?? `exit ${code}`}`), { stderr, timedOut }));
    });
  });
}
