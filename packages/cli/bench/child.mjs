// One measurement in its own process, on the built CLI and plain Node (no TypeScript loader, whose
// memory would count in the peak RSS): `node bench/child.mjs <args of tthc…>`. Runs `tthc` in this
// process with its output thrown away and prints one JSON line: { ms, maxRssMb, exit, mainCpuMs,
// totalCpuMs } — the CPU time of the main thread alone (Linux: /proc, else absent) and of the whole
// process (its worker, zlib's and V8's threads included), to tell where the wall time goes.
// TTHC_BENCH_CLI names another build's `dist/index.js` (the baseline of `baseline.ts`).
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const { main } = await import(process.env.TTHC_BENCH_CLI ? pathToFileURL(process.env.TTHC_BENCH_CLI).href : '../dist/index.js');

/** CPU milliseconds of this process's main thread (utime + stime of /proc/self/task/<pid>/stat, in ticks of 10 ms). */
const stat = `/proc/self/task/${process.pid}/stat`;
const mainCpu = () => {
  if (!existsSync(stat)) return undefined;
  const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const totalCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const args = process.argv.slice(2);
const io = { stdout: () => {}, stderr: () => {} };
const main0 = mainCpu();
const total0 = totalCpu();
const start = process.hrtime.bigint();
const exit = await main(args, io);
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const mainCpuMs = main0 === undefined ? undefined : mainCpu() - main0;
const totalCpuMs = Math.round(totalCpu() - total0);
process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, exit, mainCpuMs, totalCpuMs })}\n`);
