// One measurement in its own process, on the built package and plain Node (no TypeScript loader,
// whose own memory would count in the peak RSS): `node bench/child.mjs <exceljs|ours|jsonl|stringify> <file>`.
// Prints one JSON line: { tool, rows, ms, maxRssMb }.
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [tool, file] = process.argv.slice(2);
if (!tool || !file) throw new Error('usage: child.mjs <exceljs|ours|jsonl|stringify> <file>');

async function exceljs() {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let rows = 0;
  for await (const sheet of reader) for await (const row of sheet) rows += row ? 1 : 0;
  return rows;
}

// importDossiers: all dossiers in an array.
async function ours() {
  const { importDossiers } = await import('../dist/index.js');
  const result = await importDossiers([file]);
  if (result.rows.rejected > 0) throw new Error(`${result.rows.rejected} rows rejected`);
  return result.rows.read;
}

// What `tthc import --out` does: the compact store, then its JSON Lines pieces written to a file.
async function jsonl() {
  const { importDossiersLazy } = await import('../dist/index.js');
  const result = await importDossiersLazy([file]);
  if (result.rows.rejected > 0) throw new Error(`${result.rows.rejected} rows rejected`);
  const out = join(tmpdir(), `tthc-bench-${process.pid}.jsonl`);
  const fd = openSync(out, 'w');
  for (const piece of result.jsonLines()) writeSync(fd, piece);
  closeSync(fd);
  unlinkSync(out);
  return result.rows.read;
}

// The same with each dossier rebuilt and put through JSON.stringify (what the CLI did before
// jsonLines() existed).
async function stringify() {
  const { importDossiersLazy } = await import('../dist/index.js');
  const result = await importDossiersLazy([file]);
  if (result.rows.rejected > 0) throw new Error(`${result.rows.rejected} rows rejected`);
  const out = join(tmpdir(), `tthc-bench-${process.pid}.jsonl`);
  const fd = openSync(out, 'w');
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
  unlinkSync(out);
  return result.rows.read;
}

const start = process.hrtime.bigint();
const runs = { exceljs, ours, jsonl, stringify };
if (!(tool in runs)) throw new Error(`unknown tool ${tool}`);
const rows = await runs[tool]();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(`${JSON.stringify({ tool, rows, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
