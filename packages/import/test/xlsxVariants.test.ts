import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';
import { oneStopXlsx } from '../scripts/fixtures';
import { rewrite, seededVariants, variants } from '../scripts/xlsxVariants';

// Each variant is the same workbook written in another form XML and OOXML allow (white
// space between attributes and around '=', single quotes, CDATA, character references, comments
// and processing instructions, any namespace prefix incl. the relationships one); a conforming
// reader gives the same rows, the same accounting and the same issues.

const haiAn = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'hai-an', 'exports', 'one-stop.xlsx'));
const read = async (data: Buffer) => {
  const r = await importDossiers([{ name: 'ds.xlsx', data }], { keepApplicant: true, worker: false });
  return { dossiers: r.dossiers, rows: r.rows, inputs: r.inputs, rejected: r.rejected, skipped: r.skipped, warnings: r.warnings };
};

describe('the xlsx reader follows the XML spec, not one writer', async () => {
  const bases: [string, Buffer][] = [
    ['shared strings', await oneStopXlsx()],
    ['inline strings', await oneStopXlsx({ inlineStrings: true })],
  ];

  for (const [label, base] of bases) {
    it.each(Object.keys(variants))(`${label}: the variant "%s" gives the same result`, async (name) => {
      const plain = await read(base);
      const other = await rewrite(base, [name], 1);
      expect(other.equals(base)).toBe(false); // the variant did rewrite the file
      expect(await read(other)).toEqual(plain);
    });
  }

  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('seed %i: a seeded combination of the variants, on both fixtures, gives the same result', async (seed) => {
    for (const [, base] of bases) {
      const names = seededVariants(seed);
      expect({ names, result: await read(await rewrite(base, names, seed)) }).toEqual({ names, result: await read(base) });
    }
  });

  it('the Hải An export (hundreds of rows, every status) reads the same with every variant at once', async () => {
    const plain = await read(haiAn);
    expect(plain.rows.accepted).toBeGreaterThan(300);
    expect(await read(await rewrite(haiAn, Object.keys(variants), 7))).toEqual(plain);
  });

  it('a gap after single-quoted row numbers keeps the numbering (row 8 is left out of the fixture)', async () => {
    const base = await oneStopXlsx();
    const quoted = await rewrite(base, ['singleQuotes'], 1);
    const result = await read(quoted);
    expect(result.skipped.map((s) => [s.path.row, s.reason])).toContainEqual([8, 'blank']);
    expect(result.rejected.map((i) => i.path.row)).toEqual([9, 10, 11]);
  });
});
