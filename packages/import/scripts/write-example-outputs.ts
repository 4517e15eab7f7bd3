// Writes test/fixtures/example-outputs.json: the core's outputs on the example exports
// (scripts/exampleOutputs.ts), from their canonical dossiers. Run with `pnpm --filter @tthc/import
// example-outputs` on a built core; the saved copy was written before the core took any iterable.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalog } from '../src/index';
import { exampleCatalogFile, exampleOutputs, readExampleDossiers } from './exampleOutputs';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'example-outputs.json');
const outputs = exampleOutputs(readExampleDossiers, await readCatalog(exampleCatalogFile));
// One case a line: a change shows as the cases it changed.
const section = (values: Record<string, unknown>) =>
  `{\n${Object.entries(values).map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value ?? null)}`).join(',\n')}\n }`;
writeFileSync(file, `{\n${Object.entries(outputs).map(([key, values]) => ` ${JSON.stringify(key)}: ${section(values)}`).join(',\n')}\n}\n`);
process.stdout.write(`wrote ${file}\n`);
