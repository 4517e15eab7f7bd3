import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// LibreOffice headless as a converter of files (the import's .xls/.ods → .xlsx, the report run's
// DOCX/XLSX → PDF): its own profile folder in a fresh temporary folder, so that it never meets a
// running LibreOffice; stopped after `sofficeTimeoutMs`, capped at `sofficeMemoryMb`, one at a
// time in a process. Several files go to one soffice process: each start costs seconds.

/**
 * How long one conversion may run before LibreOffice is stopped, so that a hung soffice never
 * holds a run: 180 s, or `TTHC_SOFFICE_TIMEOUT_MS` when it is a positive number of milliseconds.
 * The tests raise it: on a loaded 2-core machine a conversion of small files took 60–110 s
 * (about 5 s of CPU), and the tests wait for soffice to end, not a clock.
 */
export function sofficeTimeoutMs(): number {
  const ms = Number(process.env.TTHC_SOFFICE_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : 180_000;
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

/** Why a conversion gave no file: soffice not installed, failed or stopped, or wrote no output. */
export class LibreOfficeError extends Error {
  constructor(
    readonly reason: 'missing' | 'failed' | 'no_output',
    /** The name of the (first) file it failed on. */
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(`LibreOffice: ${reason} (${file})`, options);
    this.name = 'LibreOfficeError';
  }
}

/**
 * Converts files with LibreOffice headless, all in one soffice process.
 *
 * @param files - the files, each named with its extension (`a.docx`); names must differ
 * @param to - soffice's `--convert-to` target: `xlsx`, `pdf`, or `pdf:writer_pdf_Export:{…}`
 * @returns each file's converted bytes, in the order given
 * @throws LibreOfficeError naming the file
 */
export async function convertWithLibreOffice(files: readonly { name: string; data: Uint8Array }[], to: string): Promise<Uint8Array[]> {
  if (files.length === 0) return [];
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
    await oneAtATime(
      () =>
        new Promise<void>((resolve, reject) => {
          execFile(command, argv, { timeout: sofficeTimeoutMs(), maxBuffer: 1 << 20 }, (error, _stdout, stderr) =>
            error ? reject(Object.assign(error, { stderr: String(stderr) })) : resolve(),
          );
        }),
    ).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
      // prlimit says so when it cannot start soffice.
      const missing = error.code === 'ENOENT' || /failed to execute.*No such file/i.test(error.stderr ?? '');
      throw new LibreOfficeError(missing ? 'missing' : 'failed', (files[0] as { name: string }).name, { cause: error });
    });
    const ext = to.split(':')[0] as string;
    const results: Uint8Array[] = [];
    for (const [i, input] of inputs.entries()) {
      try {
        results.push(new Uint8Array(await readFile(join(out, `${basename(input, extname(input))}.${ext}`))));
      } catch {
        throw new LibreOfficeError('no_output', (files[i] as { name: string }).name);
      }
    }
    return results;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
