// One measurement in its own process (so peak RSS is its own): `node --import tsx child.ts <tool> <file>`.
// Prints one JSON line: { tool, rows, ms, maxRssMb }.
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZipDirectory, inflateEntry } from '../src/readers/xlsx/zip';
import { openSource } from '../src/_lib/source';
import { defaultLimits } from '../src/_lib/limits';

const [tool, file] = process.argv.slice(2);
if (!tool || !file) throw new Error('usage: child.ts <exceljs|ours|jsonl|zlib> <file>');

async function exceljs(): Promise<number> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file!, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<unknown>) {
      void row;
      rows++;
    }
  }
  return rows;
}

async function ours(): Promise<number> {
  // The built package, as users get it: importDossiers, all dossiers in an array.
  const { importDossiers } = await import('../dist/index.js');
  const result = await importDossiers([file!]);
  if (result.rows.rejected > 0) throw new Error(`${result.rows.rejected} rows rejected`);
  return result.rows.read;
}

async function oursJsonl(): Promise<number> {
  // What `tthc import --out` does: the compact store, then JSON Lines written to a file.
  const { importDossiersLazy } = await import('../dist/index.js');
  const result = await importDossiersLazy([file!]);
  if (result.rows.rejected > 0) throw new Error(`${result.rows.rejected} rows rejected`);
  const fd = openSync(join(tmpdir(), `tthc-bench-${process.pid}.jsonl`), 'w');
  let batch = '';
  for (const d of result.dossiers()) {
    batch += `${JSON.stringify(d)}\n`;
    if (batch.length > 1 << 16) {
      writeSync(fd, batch);
      batch = '';
    }
  }
  writeSync(fd, batch);
  closeSync(fd);
  unlinkSync(join(tmpdir(), `tthc-bench-${process.pid}.jsonl`));
  return result.rows.read;
}

async function zlibFloor(): Promise<number> {
  const source = await openSource(file!);
  const entries = await readZipDirectory(source);
  const sheet = entries.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('no sheet');
  let bytes = 0;
  for await (const chunk of inflateEntry(source, sheet, defaultLimits)) bytes += chunk.length;
  return bytes;
}

const start = process.hrtime.bigint();
const rows =
  tool === 'exceljs' ? await exceljs() : tool === 'ours' ? await ours() : tool === 'jsonl' ? await oursJsonl() : await zlibFloor();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(`${JSON.stringify({ tool, rows, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
