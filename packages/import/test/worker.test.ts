import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDossiersLazy } from '../src/index';
import type { ImportOptions } from '../src/importOptions';
import { scanWorkerFile } from '../src/worker/workerRows';
import { benchRow, heading } from '../bench/generate';
import { civilStatusXlsx, corruptXlsx, oneStopXlsx } from '../scripts/fixtures';
import { type WriteCell, xlsxBuffer } from '../scripts/xlsxWriter';
import { editPart, unzip } from '../scripts/xlsxVariants';

// Run from the sources, the worker is `src/worker/scanWorker.ts` itself (through tsx, see
// `scanWorkerFromSource.cjs`): no build is tested. These tests compare it with one thread.
const dir = mkdtempSync(join(tmpdir(), 'tthc-worker-'));
let files = 0;
const file = (data: Buffer) => {
  const path = join(dir, `input-${files++}.xlsx`);
  writeFileSync(path, data);
  return path;
};

/** Everything an import gives (JSON Lines bytes, accounting, every issue) or the error it throws. */
async function outcome(path: string, options: ImportOptions): Promise<unknown> {
  try {
    const result = await importDossiersLazy([path], options);
    const { dossiers, wallDossiers, jsonLines, ...rest } = result;
    return { jsonl: Buffer.concat([...jsonLines()]).toString('utf8'), count: [...dossiers()].length, walls: [...wallDossiers()].length, ...rest };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

async function same(path: string, options: ImportOptions = {}): Promise<unknown> {
  const one = await outcome(path, { ...options, worker: false });
  const two = await outcome(path, { ...options, worker: true });
  expect(two).toEqual(one);
  return one;
}

/** A one-stop export of `count` rows with odd cells and bad rows sprinkled in. */
function messyRows(count: number): (WriteCell[] | null)[] {
  const rows: (WriteCell[] | null)[] = [['DANH SÁCH HỒ SƠ'], null, heading];
  for (let i = 1; i <= count; i++) {
    const row = benchRow(i, i % 2 === 0);
    if (i % 997 === 0) row[7] = 'Không rõ'; // unknown status: rejected
    if (i % 1499 === 0) row[9] = '31/02/2025'; // no such day: rejected
    if (i % 2003 === 0) row[1] = benchRow(i - 1, false)[1] ?? null; // a code read twice: merged
    if (i % 101 === 0) row.push({ raw: `<c r="P${i + 3}" t="b"><v>1</v></c>` });
    if (i % 103 === 0) row.push({ raw: `<c r="Q${i + 3}" t="str"><f>A1</f><v>a &amp; b</v></c>` });
    if (i % 107 === 0) row.push({ raw: `<c r="R${i + 3}" t="e"><v>#N/A</v></c>` });
    if (i % 109 === 0) row.push({ raw: `<c r="S${i + 3}"><v></v></c>` });
    if (i % 113 === 0) row.push({ inline: 'ghi chú <1>' });
    rows.push(i % 503 === 0 ? null : i % 701 === 0 ? [null, 'Ghi chú cuối trang'] : row);
  }
  rows.push(['Tổng số: hồ sơ']);
  return rows;
}

// Each import on the worker starts a thread that compiles the worker's sources on load (tsx): a
// second or more, up to 73 s a test on a loaded 2-core machine. Every test waits for the worker's
// messages, never for a delay; the package's generous timeout only stops a hang.
describe('the sheet scanned on a worker thread gives what one thread gives', () => {
  it('the worker is the source one, not a build', () => {
    expect(scanWorkerFile()).toMatch(/src[\\/]worker[\\/]scanWorkerFromSource\.cjs$/);
  });

  it('a large messy export: the same JSON Lines, accounting, issues and conflicts', async () => {
    // 6 000 rows: four batches of the worker (about 1 500 rows each), more than its window of
    // three ahead, so the acknowledgements are exercised; past row 2 003, the first merged code.
    const path = file(await xlsxBuffer({ name: 'Danh sách hồ sơ', rows: messyRows(6000) }));
    const result = (await same(path)) as { rows: { read: number; rejected: number }; conflicts: unknown[] };
    expect(result.rows.read).toBe(6000 + 4);
    expect(result.rows.rejected).toBeGreaterThan(0);
    expect(result.conflicts.length).toBeGreaterThan(0);
  });

  it('with the applicant kept', async () => {
    await same(file(await xlsxBuffer({ name: 'DS', rows: messyRows(3000) })), { keepApplicant: true });
  });

  it('the fixtures: shared strings before the sheet, inline strings, prefixes, civil status', async () => {
    await same(file(await oneStopXlsx()));
    await same(file(await oneStopXlsx({ sharedStringsFirst: true })));
    await same(file(await oneStopXlsx({ inlineStrings: true })));
    await same(file(await oneStopXlsx({ prefix: 'x' })));
    await same(file(await civilStatusXlsx()));
  });

  it('summary sheets first: the list is read from the sheet after them', async () => {
    const summary = { name: 'Tổng hợp', rows: [['Báo cáo'], ['Tổng số', 3]] };
    const result = (await same(file(await xlsxBuffer([summary, { name: 'Danh sách', rows: messyRows(500) }])))) as { inputs: { sheet: string }[] };
    expect(result.inputs[0]?.sheet).toBe('Danh sách');
    // The second summary is scanned on a worker of its own (the shared strings read here first), then closed.
    const two = (await same(file(await xlsxBuffer([summary, { ...summary, name: 'Biểu 2' }, { name: 'DS', rows: messyRows(500) }])))) as { inputs: { sheet: string }[] };
    expect(two.inputs[0]?.sheet).toBe('DS');
  });

  it('the same errors: corrupt data, a cell too long, a column beyond the last, a missing shared string', async () => {
    const errors = [
      await same(file(await corruptXlsx())),
      await same(file(await oneStopXlsx({ inlineStrings: true })), { limits: { maxCellLength: 12 } }),
      await same(file(await xlsxBuffer({ name: 'DS', rows: [...messyRows(2000), [{ raw: '<c r="XFE9999"><v>1</v></c>' }]] }))),
      await same(file(await xlsxBuffer({ name: 'DS', rows: [...messyRows(2000), [{ raw: '<c r="A9999" t="s"><v>999999</v></c>' }]] }))),
    ];
    for (const e of errors) expect(e).toMatchObject({ error: 'InputError' });
  });

  it('the shared strings the worker reads alongside the rows: any order of the table, a broken item no row points to, a broken table and a broken row', async () => {
    const workbook = await xlsxBuffer({ name: 'DS', rows: messyRows(4000) });
    const sst = (unzip(workbook).find((e) => e.name === 'xl/sharedStrings.xml')?.data as Buffer).toString('utf8');
    const count = sst.split('<si>').length - 1;
    expect(count).toBeGreaterThan(10_000); // parts of the table cross before many batches
    // The table backwards: the first row points to the last item, so the worker reads it all first.
    const items = sst.slice(sst.indexOf('<si>'), sst.lastIndexOf('</si>') + 5).split('</si>').slice(0, -1);
    const backwards = await editPart(
      await editPart(workbook, 'xl/sharedStrings.xml', (xml) => xml.replace(items.join('</si>') + '</si>', [...items].reverse().join('</si>') + '</si>')),
      'xl/worksheets/sheet1.xml',
      (xml) => xml.replace(/(<c [^>]*t="s"[^>]*><v>)(\d+)</g, (_, head: string, i: string) => `${head}${count - 1 - Number(i)}<`),
    );
    const forwards = (await same(file(workbook))) as { jsonl: string };
    expect(((await same(file(backwards))) as { jsonl: string }).jsonl).toBe(forwards.jsonl);
    // A bad character reference in an item after every one the rows point to, alone and with a broken row.
    const badItem = await editPart(workbook, 'xl/sharedStrings.xml', (xml) => xml.replace('</sst>', '<si><t>&#xD800;</t></si></sst>'));
    const badBoth = await editPart(badItem, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<row r="40">', '<row r="40"><c r="XFE40"><v>1</v></c>'));
    for (const broken of [badItem, badBoth]) {
      expect(await same(file(broken))).toMatchObject({ error: 'InputError', message: expect.stringContaining(`${count + 1}`) });
    }
  });

  it('a named file ({ name, path }, as n8n stores a binary) is read from its path and named by its name, on the worker too', async () => {
    const rows = [...messyRows(2000), [{ raw: '<c r="XFE9999"><v>1</v></c>' }]];
    const path = file(await xlsxBuffer({ name: 'DS', rows: messyRows(2000) }));
    const bad = file(await xlsxBuffer({ name: 'DS', rows }));
    for (const worker of [false, true]) {
      const named = await importDossiersLazy([{ name: 'tiep-nhan.xlsx', path }], { worker });
      const plain = await importDossiersLazy([path], { worker });
      expect(named.inputs[0]?.name).toBe('tiep-nhan.xlsx');
      expect(Buffer.concat([...named.jsonLines()]).equals(Buffer.concat([...plain.jsonLines()]))).toBe(true);
      expect(JSON.stringify(named.rejected)).not.toContain(path);
      expect(named.rejected.length).toBeGreaterThan(0);
      expect(named.rejected.every((issue) => issue.path.file === 'tiep-nhan.xlsx')).toBe(true);
      const error = await importDossiersLazy([{ name: 'hong.xlsx', path: bad }], { worker }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain('hong.xlsx');
      expect((error as Error).message).not.toContain(bad);
    }
  });
});
