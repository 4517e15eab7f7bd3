import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '@tthc/core';
import { importDossiers } from '../src/index';
import { oneStopCsv, oneStopXlsx, portalJson } from '../scripts/fixtures';
import { tdListHtml } from '../scripts/realSystems';
import { editPart, random, unzip } from '../scripts/xlsxVariants';

// Mutated inputs (bytes flipped, cut, inserted; for workbooks also their XML text,
// re-zipped so that the damage reaches the XML scan). Each run either refuses with an InputError
// naming the file — no other error, no stack trace in the message — or imports with the accounting
// identity. A few hundred runs here; `pnpm fuzz` runs FUZZ_RUNS (default 5 000).

const runs = Number(process.env.FUZZ_RUNS ?? 240);

function mutateBytes(data: Buffer, seed: number): Buffer {
  const rng = random(seed);
  let out = Buffer.from(data);
  const edits = 1 + Math.floor(rng() * 4);
  for (let k = 0; k < edits; k++) {
    const at = Math.floor(rng() * out.length);
    const r = rng();
    if (r < 0.4) out[at] = Math.floor(rng() * 256);
    else if (r < 0.6) out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + 1 + Math.floor(rng() * 64)))]);
    else if (r < 0.8) out = Buffer.concat([out.subarray(0, at), Buffer.from(Array.from({ length: 1 + Math.floor(rng() * 8) }, () => Math.floor(rng() * 256))), out.subarray(at)]);
    else out = out.subarray(0, at);
  }
  return out;
}

const TOKENS = ['<', '>', '&', '&#x110000;', '"', "'", '<![CDATA[', ']]>', '<!--', '</row>', '<row r="9">', '<c r="XFD1">', ' r="0"', '<v>', '</c>', '\u0000', 'é',
  // OpenDocument: repeats, spaces, comments on cells, a table closed early.
  '<table:table-row table:number-rows-repeated="99999">', '<table:table-cell table:number-columns-repeated="20000" office:value-type="string"><text:p>x</text:p></table:table-cell>',
  '<text:s text:c="99999"/>', '<office:annotation>', '</table:table>', ' office:value-type="date" office:date-value="x"'];
function mutateText(xml: string, seed: number): string {
  const rng = random(seed);
  let s = xml;
  for (let k = 0; k < 1 + Math.floor(rng() * 3); k++) {
    const at = Math.floor(rng() * s.length);
    const r = rng();
    if (r < 0.5) s = s.slice(0, at) + TOKENS[Math.floor(rng() * TOKENS.length)] + s.slice(at);
    else if (r < 0.8) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rng() * 20));
    else s = s.slice(0, at);
  }
  return s;
}

describe('mutated inputs: a clean refusal naming the file, or the accounting identity', async () => {
  const xlsx = await oneStopXlsx();
  const parts = unzip(xlsx).map((e) => e.name).filter((n) => n.endsWith('.xml'));
  const ods = readFileSync(join(__dirname, 'fixtures', 'other-programs', 'libreoffice.ods'));
  const bases: [string, Buffer][] = [['f.xlsx', xlsx], ['f.csv', oneStopCsv()], ['f.json', portalJson()], ['f.xls', tdListHtml()], ['f.ods', ods]];

  it(`${runs} seeded runs over xlsx, ods, csv, json and html`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 6 }), async (seed, which) => {
        let name: string;
        let data: Buffer;
        if (which === 5) {
          const part = parts[seed % parts.length] as string;
          name = 'f.xlsx';
          data = await editPart(xlsx, part, (x) => mutateText(x, seed));
        } else if (which === 6) {
          name = 'f.ods';
          data = await editPart(ods, 'content.xml', (x) => mutateText(x, seed));
        } else {
          const [n, base] = bases[which] as [string, Buffer];
          name = n;
          data = mutateBytes(base, seed);
        }
        try {
          const r = await importDossiers([{ name, data }], { worker: false });
          for (const input of r.inputs) expect(input.rows.read).toBe(input.rows.accepted + input.rows.rejected + input.rows.skipped);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          const message = (error as Error).message;
          expect(message.startsWith(name)).toBe(true);
          expect(message).not.toMatch(/\n\s+at /);
        }
        expect(process.memoryUsage().rss).toBeLessThan(2 * 1024 ** 3);
      }),
      { numRuns: runs, seed: 2026 },
    );
  });
});
