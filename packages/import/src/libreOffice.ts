import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// LibreOffice headless as a converter of files (the import's .xls/.ods → .xlsx, the report run's
// DOCX/XLSX → PDF): its own profile folder in a fresh temporary folder, so that it never meets a
// running LibreOffice; stopped after `sofficeTimeoutMs`. Several files go to one soffice process:
// each start costs seconds.

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
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.env.TTHC_SOFFICE ?? 'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, ...inputs],
        { timeout: sofficeTimeoutMs(), maxBuffer: 1 << 20 },
        (error) => (error ? reject(error) : resolve()),
      );
    }).catch((error: NodeJS.ErrnoException) => {
      throw new LibreOfficeError(error.code === 'ENOENT' ? 'missing' : 'failed', (files[0] as { name: string }).name, { cause: error });
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
