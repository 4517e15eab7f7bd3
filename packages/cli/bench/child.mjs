// One measurement in its own process, on the built CLI and plain Node (no TypeScript loader, whose
// memory would count in the peak RSS): `node bench/child.mjs <args of tthc…>`. Runs `tthc` in this
// process with its output thrown away and prints one JSON line: { ms, maxRssMb, exit }.
// TTHC_BENCH_CLI names another build's `dist/index.js` (the baseline of `baseline.ts`).
import { pathToFileURL } from 'node:url';

const { main } = await import(process.env.TTHC_BENCH_CLI ? pathToFileURL(process.env.TTHC_BENCH_CLI).href : '../dist/index.js');

const args = process.argv.slice(2);
const io = { stdout: () => {}, stderr: () => {} };
const start = process.hrtime.bigint();
const exit = await main(args, io);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, exit })}\n`);
