import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';
import { defaultLimits } from '../src/_lib/limits';
import { openSource } from '../src/_lib/source';
import { convertWithLibreOffice } from '../src/libreOffice';
import { openOds } from '../src/readers/ods/readOds';
import { openWorkbook } from '../src/readers/xlsx/readWorkbook';
import { unzip } from '../scripts/xlsxVariants';
import { zipBuffer } from '../scripts/xlsxWriter';

// The .ods reader follows ODF and XML, not one writer: LibreOffice's file read as the canonical
// dossiers, and the same file rewritten the ways the spec allows (another writer's zip order,
// other prefixes, spaces as text:s, comments on cells, values repeated), and hostile repeats.

const dir = join(__dirname, 'fixtures', 'other-programs');
const expected = readFileSync(join(dir, 'expected.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as object);
const original = readFileSync(join(dir, 'libreoffice.ods'));
const entries = unzip(original);
const content = (entries.find((e) => e.name === 'content.xml')?.data as Buffer).toString('utf8');
/** Where the last row holding a value starts (LibreOffice ends a sheet with empty repeated rows). */
const lastRow = content.lastIndexOf('<table:table-row', content.lastIndexOf('office:value-type'));

/** The .ods with content.xml edited, its entries in `order` ('as-is' or mimetype last, as some JavaScript libraries write it). */
function ods(edit: (xml: string) => string, order: 'as-is' | 'mimetype-last' = 'as-is'): Promise<Buffer> {
  const list = entries.map((e) => (e.name === 'content.xml' ? { name: e.name, data: Buffer.from(edit(content), 'utf8') } : e));
  if (order === 'mimetype-last') list.push(...list.splice(list.findIndex((e) => e.name === 'mimetype'), 1));
  return zipBuffer(list);
}
const read = (data: Buffer, name = 'bang.ods') => importDossiers([{ name, data }], { worker: false });
const refusal = (data: Buffer) => read(data).then(() => undefined, (e: Error & { code?: string }) => e);

describe('the .ods reader', () => {
  it('reads LibreOffice\u2019s .ods natively as the canonical dossiers, its zip in any entry order', async () => {
    for (const order of ['as-is', 'mimetype-last'] as const) {
      const result = await read(await ods((x) => x, order));
      expect(result.inputs[0]?.format).toBe('ods');
      expect(result.rows.rejected).toBe(0);
      expect(result.dossiers).toEqual(expected);
    }
  });

  it('gives the same dossiers under other prefixes, a long prolog, spaces as text:s and comments on cells', async () => {
    const variant = (xml: string) =>
      xml
        .replace(/(<\/?|\s)table:/g, '$1bang:')
        .replace('xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"', 'xmlns:bang="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
        .replace(/^(<\?xml[^>]*\?>)/, `$1<!-- ${'x '.repeat(50_000)} --><?tthc pi?>`)
        .replace(/<text:p>Đăng ký khai sinh<\/text:p>/g, '<office:annotation><text:p>ghi chú</text:p></office:annotation><text:p>Đăng<text:s/>ký khai sinh</text:p>');
    const xml = variant(content);
    expect(xml).toContain('<bang:table-row');
    expect(xml).toContain('<text:s/>');
    const result = await read(await ods(variant));
    expect(result.dossiers).toEqual(expected);
    // A table under a prefix bound to another namespace is not a table.
    const foreign = await refusal(await ods((x) => x.replace('xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"', 'xmlns:table="urn:example:not-odf"')));
    expect(foreign?.code).toBe('workbook_without_sheets');
  });

  it('expands a repeated row that holds a value, and skips an empty repeat as a gap', async () => {
    const plain = await read(original);
    // A million empty rows before the last: a gap in the numbering, nothing made.
    const gap = await read(await ods((xml) => `${xml.slice(0, lastRow)}<table:table-row table:number-rows-repeated="1000000"/>${xml.slice(lastRow)}`));
    expect(gap.dossiers).toEqual(expected);
    expect(gap.rows.read).toBe(plain.rows.read + 1_000_000); // each counted, as blank (skipped)
    expect(gap.rows.skipped).toBe(plain.rows.skipped + 1_000_000);
    // The last row said twice: one more row read, the same dossiers.
    const twice = await read(await ods((xml) => `${xml.slice(0, lastRow)}<table:table-row table:number-rows-repeated="2"${xml.slice(lastRow + '<table:table-row'.length)}`));
    expect(twice.rows.read).toBe(plain.rows.read + 1);
    expect(twice.dossiers).toEqual(expected);
  });

  it('refuses a heading followed by a row repeated a billion times, in bounded time, naming the file', async () => {
    const bomb = (xml: string) => `${xml.slice(0, lastRow)}<table:table-row table:number-rows-repeated="999999999">${xml.slice(lastRow + '<table:table-row'.length).replace(/^[^>]*>/, '')}`;
    const refused = await refusal(await ods(bomb));
    expect(refused?.code).toBe('ods_repeat_too_large');
    expect(refused?.message).toMatch(/^bang\.ods/);
  });

  it('refuses the 805-byte file declaring a billion rows of 16,384 cells at once, without LibreOffice', async () => {
    const refused = await importDossiers([join(dir, 'billion-rows.ods')]).then(() => undefined, (e: Error & { code?: string }) => e);
    expect(refused?.code).toBe('no_header');
    expect(refused?.message).toContain('billion-rows.ods');
  });

  it('refuses a DOCTYPE and a zip without content.xml, naming the file', async () => {
    const doctype = await refusal(await ods((x) => x.replace(/^(<\?xml[^>]*\?>)/, '$1<!DOCTYPE x [<!ENTITY a "b">]>')));
    expect([doctype?.code, doctype?.message.startsWith('bang.ods')]).toEqual(['ods_xml', true]);
    const noContent = await refusal(await zipBuffer(entries.filter((e) => e.name !== 'content.xml')));
    expect(noContent?.code).toBe('ods_without_content');
  });
});

// Differential: the other project's .ods files (fixtures/corpus/calamine) read natively and
// through LibreOffice's own conversion to .xlsx give the same cells, sheet by sheet (numbers to
// 1e-9: the .xlsx keeps 15 significant digits). Left out: the encrypted file and the
// denial-of-service probe, which LibreOffice does not convert.
describe.runIf(spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0)('the .ods reader beside LibreOffice', () => {
  const corpus = join(__dirname, 'fixtures', 'corpus', 'calamine');
  const files = readdirSync(corpus).filter((f) => f.endsWith('.ods') && f !== 'pass_protected.ods' && f !== 'issue_594_dos.ods');
  /** Every sheet's rows, each as its number and cells (trailing empties dropped; numbers rounded to 1e-9). */
  const cellsOf = async (book: Awaited<ReturnType<typeof openOds>>) => {
    const out: Record<string, [number, unknown[]][]> = {};
    for (const sheet of book.sheets) {
      const rows: [number, unknown[]][] = [];
      for await (const batch of book.rows(sheet)) {
        for (const r of batch) {
          const cells = [...r.cells].map((c) => (c === undefined ? '' : typeof c === 'number' ? Math.round(c * 1e9) / 1e9 : c));
          while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
          if (cells.length > 0) rows.push([r.row, cells]);
        }
      }
      out[sheet] = rows;
    }
    return out;
  };

  it('reads each, cell for cell, as LibreOffice\u2019s conversion of it reads', async () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const data = files.map((f) => ({ name: f, data: readFileSync(join(corpus, f)) }));
    const converted = await convertWithLibreOffice(data, 'xlsx', { timeoutMs: 540_000 });
    for (const [i, f] of files.entries()) {
      const native = await cellsOf(await openOds(await openSource(data[i] as { name: string; data: Buffer }), defaultLimits));
      const viaLibreOffice = await cellsOf(await openWorkbook(await openSource({ name: f, data: Buffer.from(converted[i] as Uint8Array) }), defaultLimits, false));
      expect({ f, cells: native }).toEqual({ f, cells: viaLibreOffice });
    }
  }, 600_000);
});
