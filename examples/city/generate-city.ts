// Generates the example city's data: dossiers.jsonl (the canonical dossiers of every unit) and
// one-stop.xlsx (the city one-stop system's "danh sách hồ sơ", every unit in one list, in the
// layout of examples/hai-an/exports/oneStopSheet.ts). Deterministic (seeded PRNG, no clock):
// every run writes byte-identical files. The dossiers are built by the Hải An generator
// (examples/hai-an/_gen/build.ts, same catalog, calendar and export date), a different share of
// them kept for each unit, so that every unit has its own figures.
//
//   pnpm exec tsx examples/city/generate-city.ts [OUT_DIR]   (from the repository root)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkCalendar, type Dossier } from '../../packages/core/src/index';
import { type WriteCell, xlsxBuffer } from '../../packages/import/scripts/xlsxWriter';
import { buildDrafts } from '../hai-an/_gen/build';
import { buildCatalog } from '../hai-an/_gen/catalog';
import { assertConsistent } from '../hai-an/_gen/check';
import { toDossiers } from '../hai-an/_gen/dossiers';
import { mulberry32 } from '../hai-an/_gen/prng';
import { merges, row, sub, top } from '../hai-an/exports/oneStopSheet';

const SEED = 20_260_112;
const here = dirname(fileURLToPath(import.meta.url));

/**
 * The units of the export: the id that starts their dossier codes, the share of the generated
 * dossiers they keep, and how the export writes their name (Ngô Quyền both ways, as systems
 * migrated from older lists do). Kiến An is not in units.csv; Đồ Sơn is in units.csv only.
 */
const UNITS = [
  { id: '000.31.12.H26', share: 0.5, names: ['UBND phường Lê Chân'] },
  { id: '000.32.12.H26', share: 0.35, names: ['UBND phường Ngô Quyền', 'UBND PHƯỜNG NGÔ QUYỀN'] },
  { id: '000.33.12.H26', share: 0.25, names: ['UBND phường Hồng Bàng'] },
  { id: '000.34.12.H26', share: 0.1, names: ['UBND phường Kiến An'] },
] as const;

const calendar = createWorkCalendar();
const catalog = buildCatalog();
const dossiers: Dossier[] = UNITS.flatMap((u, k) => {
  const rng = mulberry32(SEED + k);
  const drafts = buildDrafts(rng, calendar, catalog).filter(() => rng() < u.share);
  return toDossiers(drafts, rng, { systemId: () => u.id, unit: (_, i) => u.names[i % u.names.length] as string });
});
// One list for the whole city, in order of receipt (of submission when not received), as the system prints it.
const at = (d: Dossier) => d.receivedAt ?? d.submittedAt ?? '';
dossiers.sort((a, b) => at(a).localeCompare(at(b)) || a.code.localeCompare(b.code));
assertConsistent(dossiers, calendar);

const out = process.argv[2] ?? here;
writeFileSync(join(out, 'dossiers.jsonl'), dossiers.map((d) => `${JSON.stringify(d)}\n`).join(''));
const titles = [['ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG'], ['DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT'], ['Từ ngày 03/11/2025 đến ngày 12/01/2026'], []];
const rows: WriteCell[][] = [...titles, top, sub, ...dossiers.map((d, i) => row(d, i, true)), [`Tổng số: ${dossiers.length} hồ sơ`], [], ['Người lập biểu']];
writeFileSync(join(out, 'one-stop.xlsx'), await xlsxBuffer({ name: 'Danh sách hồ sơ', rows, merges }));
const perUnit = UNITS.map((u) => `${u.names[0]}: ${dossiers.filter((d) => d.code.startsWith(`${u.id}-`)).length}`);
process.stdout.write(`one-stop.xlsx, dossiers.jsonl: ${dossiers.length} dossiers (${perUnit.join('; ')})\n`);
