// The floor, in its own process: Node's zlib inflating the sheet entry alone, through the
// package's zip reader (`node --import tsx bench/child.ts zlib <file>`). Prints one JSON line.
import { defaultLimits } from '../src/_lib/limits';
import { openSource } from '../src/_lib/source';
import { inflateEntry, readZipDirectory } from '../src/readers/xlsx/zip';

const [tool, file] = process.argv.slice(2);
if (tool !== 'zlib' || !file) throw new Error('usage: child.ts zlib <file>');

const start = process.hrtime.bigint();
const source = await openSource(file);
const sheet = (await readZipDirectory(source)).get('xl/worksheets/sheet1.xml');
if (!sheet) throw new Error('no sheet');
let bytes = 0;
for await (const chunk of inflateEntry(source, sheet, defaultLimits)) bytes += chunk.length;
const ms = Number(process.hrtime.bigint() - start) / 1e6;
process.stdout.write(`${JSON.stringify({ tool, rows: bytes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
