import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importDossiers } from '../src/index';
import { spawnSync } from 'node:child_process';
import { sofficeMemoryMb, sofficeTimeoutMs } from '../src/libreOffice';

// The same list written by programs we did not write (scripts/other-programs/make.ts)
// reads as the canonical dossiers built straight from its rows (expected.jsonl).

const dir = join(__dirname, 'fixtures', 'other-programs');
const expected = readFileSync(join(dir, 'expected.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as object);

// The .xls and the .ods are converted by LibreOffice, a process of its own: about 5 s of CPU, but
// 60–110 s on a loaded 2-core machine (two of these beside the render suite's). The test waits for
// soffice to end; the clocks only stop a hang, soffice's first (its limit raised from 3 minutes),
// then the test's, so that a hung soffice is not left running.
const SOFFICE_MS = 540_000;

describe('workbooks written by other programs give the canonical dossiers', () => {
  beforeEach(() => {
    vi.stubEnv('TTHC_SOFFICE_TIMEOUT_MS', String(SOFFICE_MS));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('LibreOffice is stopped after 3 minutes, or after TTHC_SOFFICE_TIMEOUT_MS when it is a positive number', () => {
    expect(sofficeTimeoutMs()).toBe(SOFFICE_MS);
    for (const [value, ms] of [[undefined, 180_000], ['', 180_000], ['0', 180_000], ['-1', 180_000], ['soon', 180_000], ['600000', 600_000]] as const) {
      vi.stubEnv('TTHC_SOFFICE_TIMEOUT_MS', value);
      expect(sofficeTimeoutMs()).toBe(ms);
    }
  });

  // A 805-byte .ods whose one row repeats 999,999,999 times over 16,384 columns (the probe of a
  // hostile upload): uncapped, LibreOffice grew to 16 GB on it. Capped (prlimit, 2 GB), it gives up
  // by itself — no output, not stopped by the clock — and the file is named.
  it.runIf(spawnSync('prlimit', ['--version'], { stdio: 'ignore' }).status === 0)(
    'a 1 kB .ods declaring a billion rows ends in LibreOffice giving up within its memory cap, naming the file',
    async () => {
      expect(sofficeMemoryMb()).toBe(2048);
      const refused = await importDossiers([join(dir, 'billion-rows.ods')]).then(
        () => undefined,
        (e: unknown) => e as Error & { code?: string },
      );
      expect(refused?.code).toBe('legacy_conversion_missing');
      expect(refused?.message).toContain('billion-rows.ods');
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
  it.each([
    ['libreoffice.xls', 'xls'],
    ['libreoffice.ods', 'ods'],
  ])('%s is refused before LibreOffice is started, naming the file', async (file, kind) => {
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

  it('reads the other formats as before', async () => {
    const result = await importDossiers([join(dir, 'exceljs.xlsx')], { limits: { convertLegacy: false } });
    expect(result.dossiers).toEqual(expected);
  });
});
