import type { ImportInput, ImportResult } from './importResult';
import type { ImportOptions } from './importOptions';
import { importDossiersLazy } from './importDossiersLazy';

/**
 * Reads dossier exports — canonical JSON Lines, JSON, CSV or XLSX from the one-stop systems, the
 * national portal or the civil-status system — into canonical dossiers, one per code, and
 * accounts for every row: per input, rows read = accepted + rejected + skipped.
 *
 * @param inputs - file paths or `{ name, data }` buffers, in any mix of systems
 * @param options - see {@link ImportOptions}
 * @returns the dossiers and the accounting; a file that cannot be read at all (corrupt,
 *   encrypted, no recognisable header…) throws an `InputError` naming it
 * @example
 * const { dossiers, rows } = await importDossiers(['examples/hai-an/dossiers.jsonl']);
 */
export async function importDossiers(inputs: readonly ImportInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const { dossierCount, dossiers, wallDossiers, jsonLines, passedOn, ...rest } = await importDossiersLazy(inputs, options);
  void dossierCount;
  void wallDossiers;
  void jsonLines;
  void passedOn;
  return { dossiers: Array.from(dossiers()), ...rest };
}
