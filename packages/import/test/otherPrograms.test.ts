import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importDossiers } from '../src/index';
import { spawnSync } from 'node:child_process';
import { LibreOfficeError, convertWithLibreOffice, sofficeMemoryMb, sofficeTimeoutMs } from '../src/libreOffice';

// The same list written by programs we did not write (scripts/other-programs/make.ts)
// reads as the canonical dossiers built straight from its rows (expected.jsonl).

const dir = join(__dirname, 'fixtures', 'other-programs');
const expected = readFileSync(join(dir, 'expected.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as object);

// The .xls and the .ods are converted by LibreOffice, a process of its own: about 5 s of CPU, but
// 60–110 s on a loaded 2-core machine (two of these beside the render suite's). The test waits for
// soffice to end; the clocks only stop a hang, soffice's first (its limit raised from 60 s),
// then the test's, so that a hung soffice is not left running.
const SOFFICE_MS = 540_000;

describe('workbooks written by other programs give the canonical dossiers', () => {
  beforeEach(() => {
    vi.stubEnv('TTHC_SOFFICE_TIMEOUT_MS', String(SOFFICE_MS));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('LibreOffice is stopped after 60 s converting an import (3 minutes printing), or after TTHC_SOFFICE_TIMEOUT_MS when it is a positive number', () => {
    expect(sofficeTimeoutMs('import')).toBe(SOFFICE_MS);
    for (const [value, ms] of [[undefined, 60_000], ['', 60_000], ['0', 60_000], ['-1', 60_000], ['soon', 60_000], ['600000', 600_000]] as const) {
      vi.stubEnv('TTHC_SOFFICE_TIMEOUT_MS', value);
      expect([sofficeTimeoutMs('import'), sofficeTimeoutMs('print')]).toEqual([ms, ms === 60_000 ? 180_000 : ms]);
    }
  });

  // A 805-byte .ods whose one row repeats 999,999,999 times over 16,384 columns (the probe of a
  // hostile upload): uncapped, LibreOffice grew to 16 GB on it. Given to LibreOffice (as a .xls
  // would be), the memory cap (prlimit, 2 GB) makes it give up by itself, and the limits are named.
  // (The import reads an .ods natively: ods.test.ts.)
  it.runIf(spawnSync('prlimit', ['--version'], { stdio: 'ignore' }).status === 0 && spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0)(
    'LibreOffice given a 1 kB file declaring a billion rows gives up within its memory cap, naming the file and the limits',
    async () => {
      expect(sofficeMemoryMb()).toBe(2048);
      const data = readFileSync(join(dir, 'billion-rows.ods'));
      const refused = await convertWithLibreOffice([{ name: 'billion-rows.ods', data }], 'xlsx', { timeoutMs: sofficeTimeoutMs('import') }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(LibreOfficeError);
      expect(refused).toMatchObject({ file: 'billion-rows.ods', limits: { memoryMb: 2048 } });
    },
    SOFFICE_MS + 60_000,
  );

  it.each([
    ['openpyxl.xlsx', 'xlsx'],
    ['xlsxwriter.xlsx', 'xlsx'],
    ['exceljs.xlsx', 'xlsx'],
    ['sheetjs.xlsx', 'xlsx'],
    ['libreoffice.xlsx', 'xlsx'],
    ['libreoffice.xls', 'xls'],
    ['libreoffice.ods', 'ods'],
  ])('%s', async (file, format) => {
    const result = await importDossiers([join(dir, file)]);
    expect(result.inputs[0]?.format).toBe(format);
    expect(result.rows.rejected).toBe(0);
    expect(result.dossiers).toEqual(expected);
  }, SOFFICE_MS + 60_000);
});

describe('with convertLegacy off (files anyone may upload)', () => {
  it.each([['libreoffice.xls', 'xls']])('%s is refused before LibreOffice is started, naming the file', async (file, kind) => {
    // A LibreOffice that cannot start: the refusal must come first.
    vi.stubEnv('PATH', '/nonexistent');
    try {
      const refused = await importDossiers([join(dir, file)], { limits: { convertLegacy: false } }).then(
        () => undefined,
        (e: Error & { code?: string }) => e,
      );
      expect(refused).toMatchObject({ code: 'legacy_refused' });
      expect(refused?.message).toContain(`${file}: không nhận tệp .${kind} ở đây`);
      expect(refused?.message).toContain('save it as .xlsx or .csv');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('reads the other formats as before, the .ods natively (no LibreOffice)', async () => {
    vi.stubEnv('PATH', '/nonexistent');
    try {
      for (const file of ['exceljs.xlsx', 'libreoffice.ods']) {
        const result = await importDossiers([join(dir, file)], { limits: { convertLegacy: false } });
        expect(result.dossiers).toEqual(expected);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
