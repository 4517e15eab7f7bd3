// Writes the fixtures of scripts/fixtures.ts to test/fixtures/ (for people to open them; the
// tests check that these files are what the generator makes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allFixtures } from './fixtures';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
mkdirSync(dir, { recursive: true });
const files = await allFixtures();
for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
process.stdout.write(`wrote ${Object.keys(files).length} fixtures to ${dir}\n`);
