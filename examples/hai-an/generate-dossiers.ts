// Generates the example data of UBND phường Hải An (Hải Phòng): catalog.csv and dossiers.jsonl.
// Deterministic (seeded PRNG, no clock): every run writes byte-identical files.
// Run from the repository root:  pnpm exec tsx examples/hai-an/generate-dossiers.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkCalendar } from '../../packages/core/src/index';
import { buildDrafts } from './_gen/build';
import { toDossiers } from './_gen/dossiers';
import { buildCatalog, catalogCsv } from './_gen/catalog';
import { assertConsistent, assertSeedFigures, countFigures } from './_gen/check';
import { mulberry32 } from './_gen/prng';
import { WARD_NAME, systemFor } from './_gen/setting';

const SEED = 20_260_107;
const here = dirname(fileURLToPath(import.meta.url));

const calendar = createWorkCalendar();
const catalog = buildCatalog();
const rng = mulberry32(SEED);
const dossiers = toDossiers(buildDrafts(rng, calendar, catalog), rng, {
  systemId: (d, at) => systemFor(d.procedure.field, at).id,
  unit: () => WARD_NAME,
});

assertConsistent(dossiers, calendar);
const figures = countFigures(dossiers, catalog, calendar);
assertSeedFigures(figures);

// An optional folder argument writes elsewhere (the determinism test regenerates into a temp folder).
const out = process.argv[2] ?? here;
writeFileSync(join(out, 'catalog.csv'), catalogCsv(catalog));
writeFileSync(join(out, 'dossiers.jsonl'), dossiers.map((d) => `${JSON.stringify(d)}\n`).join(''));
process.stdout.write(
  `catalog.csv: ${catalog.length} procedures; dossiers.jsonl: ${dossiers.length} dossiers\n` +
    `seed period 25/12/2025–07/01/2026: ${JSON.stringify(figures)}\n`,
);
