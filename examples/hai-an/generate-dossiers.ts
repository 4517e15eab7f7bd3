// Generates the example data of UBND phường Hải An (Hải Phòng): catalog.csv and dossiers.jsonl.
// Deterministic (seeded PRNG, no clock): every run writes byte-identical files.
// Run from the repository root:  pnpm exec tsx examples/hai-an/generate-dossiers.ts
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createWorkCalendar,
  dossierFields,
  formatLocalDateTime,
  formatLocalDate,
  type Dossier,
} from '../../packages/core/src/index';
import { buildDrafts, type Draft } from './_gen/build';
import { buildCatalog, catalogCsv } from './_gen/catalog';
import { assertConsistent, assertSeedFigures, countFigures } from './_gen/check';
import { mulberry32, type Rng } from './_gen/prng';
import { WARD_NAME, systemFor } from './_gen/setting';

const SEED = 20_260_107;
const here = dirname(fileURLToPath(import.meta.url));

/** Turns drafts into canonical dossiers: unit, code `systemId-yyMMdd-NNNN` (per system and day), fields in schema order. */
function toDossiers(drafts: readonly Draft[], rng: Rng): Dossier[] {
  const at = (d: Draft) => d.received ?? d.submitted;
  const ordered = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => at(a.d) - at(b.d) || a.i - b.i)
    .map(({ d }) => d);
  const sequences = new Map<string, number>();
  return ordered.map((d) => {
    const system = systemFor(d.procedure.field, at(d));
    const yymmdd = formatLocalDate(at(d)).slice(2).replaceAll('-', '');
    const key = `${system.id}-${yymmdd}`;
    const seq = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, seq);
    const time = (ms: number | undefined) => (ms === undefined ? undefined : formatLocalDateTime(ms));
    const received = d.received !== undefined;
    const raw: Record<string, unknown> = {
      code: `${key}-${String(seq).padStart(4, '0')}`,
      procedureCode: d.procedure.code,
      procedureName: d.procedure.name,
      fieldName: d.procedure.field,
      unit: WARD_NAME,
      channel: d.channel,
      serviceLevel: d.procedure.serviceLevel,
      status: d.status,
      submittedAt: time(d.submitted),
      receivedAt: time(d.received),
      dueAt: time(d.due),
      supplementRequestedAt: time(d.supplementRequested),
      finishedAt: time(d.finished),
      returnedAt: time(d.returned),
      supplementRequests: d.supplementRequested === undefined ? undefined : 1,
      applicant: d.applicant,
      paidOnline: received && d.channel === 'online' ? rng() < 0.45 : undefined,
      hasDigitizedComponents: received ? rng() < (d.channel === 'online' ? 0.9 : 0.35) : undefined,
      hasElectronicResult:
        d.status === 'processed' || d.status === 'returned' ? d.procedure.serviceLevel === 'full' && rng() < 0.6 : undefined,
    };
    const dossier: Record<string, unknown> = {};
    for (const field of dossierFields) if (raw[field] !== undefined) dossier[field] = raw[field];
    return dossier as Dossier;
  });
}

const calendar = createWorkCalendar();
const catalog = buildCatalog();
const rng = mulberry32(SEED);
const dossiers = toDossiers(buildDrafts(rng, calendar, catalog), rng);

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
