// Writes the fixtures of scripts/fixtures.ts to test/fixtures/ (for people to open them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as f from './fixtures';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
mkdirSync(dir, { recursive: true });
const files: Record<string, Buffer> = {
  'one-stop.xlsx': await f.oneStopXlsx(),
  'one-stop-inline.xlsx': await f.oneStopXlsx({ inlineStrings: true }),
  'one-stop.csv': f.oneStopCsv(),
  'utf16.tsv': f.utf16Tsv(),
  'tcvn3.csv': f.tcvn3Csv(),
  'portal.json': f.portalJson(),
  'civil-status.xlsx': await f.civilStatusXlsx(),
  'corrupt.xlsx': await f.corruptXlsx(),
};
for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
console.log(`wrote ${Object.keys(files).length} fixtures to ${dir}`);
