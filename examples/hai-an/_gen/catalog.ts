import type { Procedure, ServiceLevel } from '../../../packages/core/src/index';
import { catalogData, type LevelLetter } from './catalogData';
import { fnv1a } from './prng';

/** A catalog procedure plus what the generator needs: its processing time in working days. */
export interface CatalogProcedure extends Procedure {
  /** Processing time in working days; 0 = returned the same day (after 15:00 → next working day). */
  days: number;
}

const levels: Record<LevelLetter, ServiceLevel> = { F: 'full', P: 'partial', N: 'none' };

/**
 * An illustrative national-format code (`1.0xxxxx`, `2.00xxxx`) derived from the procedure's name,
 * so that adding a procedure never renumbers the others.
 */
function illustrativeCode(name: string, taken: Set<string>): string {
  const h = fnv1a(name);
  const prefix = h % 5 < 3 ? 1 : 2;
  const span = prefix === 1 ? 14_200 : 2_850; // 1.000100–1.014299, 2.000100–2.002949
  let n = 100 + ((h >>> 3) % span);
  let code = `${prefix}.${String(n).padStart(6, '0')}`;
  while (taken.has(code)) {
    n = 100 + ((n - 100 + 1) % span);
    code = `${prefix}.${String(n).padStart(6, '0')}`;
  }
  return code;
}

/**
 * The ward's catalog: every procedure with a unique code, in the order of `catalogData`.
 *
 * @returns the procedures; throws if a name repeats or is not NFC
 */
export function buildCatalog(): CatalogProcedure[] {
  const taken = new Set<string>();
  for (const [, entries] of catalogData) {
    for (const [, , , code] of entries) {
      if (code === undefined) continue;
      if (taken.has(code)) throw new Error(`duplicate national code ${code}`);
      taken.add(code);
    }
  }
  const names = new Set<string>();
  const out: CatalogProcedure[] = [];
  for (const [field, entries] of catalogData) {
    for (const [name, level, days, code] of entries) {
      if (name !== name.normalize('NFC') || field !== field.normalize('NFC')) {
        throw new Error(`not NFC: ${name}`);
      }
      if (names.has(name)) throw new Error(`duplicate procedure name: ${name}`);
      names.add(name);
      let finalCode = code;
      if (finalCode === undefined) {
        finalCode = illustrativeCode(name, taken);
        taken.add(finalCode);
      }
      out.push({ code: finalCode, name, field, serviceLevel: levels[level], days });
    }
  }
  return out;
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The catalog as CSV `code,name,field,serviceLevel` (LF line ends, final newline). */
export function catalogCsv(procedures: readonly Procedure[]): string {
  const lines = ['code,name,field,serviceLevel'];
  for (const p of procedures) lines.push([p.code, p.name, p.field, p.serviceLevel].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
