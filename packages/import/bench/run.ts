// `pnpm bench`: reads generated one-stop exports with exceljs 4.4's streaming reader (rows only),
// with our import (to canonical dossiers, validated), and inflates the sheet alone with Node's
// zlib (the floor); then our CSV import. Each run is its own process, so its peak RSS is its own;
// all but the floor run on plain Node and the built package.
// BENCH_SIZES=200000 limits the sizes (default 200000,1000000).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDir, ensureBenchData } from './generate';

const here = dirname(fileURLToPath(import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '200000,1000000').split(',').map(Number);

interface Measure {
  tool: string;
  rows: number;
  ms: number;
  maxRssMb: number;
}

function measure(tool: string, file: string): Measure | { tool: string; error: string } {
  const args = tool === 'zlib' ? ['--import', 'tsx', join(here, 'child.ts'), tool, file] : [join(here, 'child.mjs'), tool, file];
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    timeout: 15 * 60_000,
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measure;
  } catch {
    return { tool, error: (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') };
  }
}

const paths = await ensureBenchData(sizes);
const results: Record<string, unknown>[] = [];
const table: string[] = [
  '| rows | reader | time (s) | rows/s | peak RSS (MB) | vs exceljs |',
  '|---:|---|---:|---:|---:|---:|',
];
for (const n of sizes) {
  const label = n >= 1_000_000 ? `${n / 1_000_000}m` : `${n / 1000}k`;
  const xlsx = paths[`xlsx-${label}`]!;
  const csv = paths[`csv-${label}`]!;
  const runs: [string, string, string][] = [
    ['zlib', xlsx, 'zlib inflate of the sheet only (floor)'],
    ['exceljs', xlsx, 'exceljs 4.4.0 streaming reader, rows only'],
    ['ours', xlsx, 'ours: xlsx → importDossiers (array of validated dossiers)'],
    ['jsonl', xlsx, 'ours: xlsx → importDossiersLazy → jsonLines() → file (tthc import)'],
    ['stringify', xlsx, 'ours: xlsx → importDossiersLazy → dossiers() → JSON.stringify → file'],
    ['jsonl', csv, 'ours: csv → importDossiersLazy → jsonLines() → file (tthc import)'],
  ];
  let exceljsRate: number | undefined;
  for (const [tool, file, what] of runs) {
    process.stderr.write(`${label}: ${what}…\n`);
    const m = measure(tool, file);
    if ('error' in m) {
      table.push(`| ${n.toLocaleString('en')} | ${what} | failed: ${m.error} | | | |`);
      results.push({ size: n, what, error: m.error });
      continue;
    }
    const rate = (n / m.ms) * 1000;
    if (tool === 'exceljs') exceljsRate = rate;
    const ratio = tool !== 'zlib' && tool !== 'exceljs' && file === xlsx && exceljsRate ? `${(rate / exceljsRate).toFixed(1)}×` : '';
    table.push(
      `| ${n.toLocaleString('en')} | ${what} | ${(m.ms / 1000).toFixed(1)} | ${Math.round(rate).toLocaleString('en')} | ${Math.round(m.maxRssMb)} | ${ratio} |`,
    );
    results.push({ size: n, what, seconds: m.ms / 1000, rowsPerSecond: Math.round(rate), peakRssMb: Math.round(m.maxRssMb) });
  }
}
const text = table.join('\n');
process.stdout.write(`\n${text}\n\nNode ${process.version}, ${(await import('node:os')).cpus().length} CPUs; data in ${dataDir}\n`);
writeFileSync(join(dataDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
