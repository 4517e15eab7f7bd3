import { parseProfile } from '../profile/parseProfile';
import type { UnitEntry } from './renderUnitReports';

/**
 * The units table's rows (`readUnitsTable` of @tthc/import) with their profiles read and parsed,
 * in the table's order: what `tthc report --units` and TTHC Render's units mode give
 * `renderUnitReports`. `text` reads a row's profile file wherever the caller keeps it (the disk,
 * n8n's binaries); a broken profile is `parseProfile`'s `InputError` naming it.
 *
 * @example
 * const units = await unitEntries(await readUnitsTable('units.csv'), (row) => readFile(row.profile, 'utf8'));
 */
export async function unitEntries<R extends { unit: string; profile: string }>(
  rows: readonly R[],
  text: (row: R) => Promise<string>,
): Promise<UnitEntry[]> {
  const units: UnitEntry[] = [];
  for (const row of rows) units.push({ unit: row.unit, profile: parseProfile(await text(row), row.profile) });
  return units;
}
