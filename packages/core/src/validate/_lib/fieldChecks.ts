import type { DossierFieldEntry, DossierFieldKind } from '../../schemas/dossierFields';
import type { RowIssue } from '../../issues/rowIssue';

/** What the generated checks call: the value sets and the small readers of validateDossier. */
export interface FieldCheckHelpers {
  isBlank(v: unknown): boolean;
  text(v: unknown): string | undefined;
  dateOf(v: unknown): number | undefined;
  dateText(v: unknown, ms: number): string;
  /** Words an issue of the record at `at` (its location and code). */
  issue(at: unknown, partial: Omit<RowIssue, 'path' | 'dossierCode'>): RowIssue;
  sets: Readonly<Record<'status' | 'channel' | 'serviceLevel', ReadonlySet<string>>>;
  codes: Readonly<Record<'status' | 'channel' | 'serviceLevel', ReadonlyMap<string, string>>>;
  expected: Readonly<Record<DossierFieldKind, string>>;
}

/**
 * Checks every field of one raw record: fills `dossier` (canonical values) and `dates` (wall
 * milliseconds), pushes `issues` and `warnings` (located by `at`).
 */
export type FieldChecks = (
  record: Readonly<Record<string, unknown>>,
  dossier: Record<string, unknown>,
  dates: Record<string, number>,
  issues: RowIssue[],
  warnings: RowIssue[],
  wall: boolean,
  keepPersonal: boolean,
  h: FieldCheckHelpers,
  at: unknown,
) => void;

/**
 * Compiles the checks of the field table into one function, a block of code per field with its
 * name as a constant: the same rules as a loop over the table, at the speed of hand-written code
 * (a loop reads and writes properties by variable names, which V8 cannot cache; this runs for
 * every row of a million-row import). The code is built from the table alone, never from input.
 *
 * @param fields - the field table
 * @returns the checks
 */
export function compileFieldChecks(fields: readonly DossierFieldEntry[]): FieldChecks {
  const blocks = fields.map((f) => {
    const N = JSON.stringify(f.name);
    const E = `h.expected.${f.kind}`;
    const required = 'required' in f;
    const missing =
      f.kind === 'channel'
        ? `warnings.push(h.issue(at, { code: 'missing_channel', field: ${N} })); dossier[${N}] = 'direct';`
        : required
          ? `issues.push(h.issue(at, { code: 'missing_field', field: ${N}, expected: ${E} }));`
          : '';
    let check: string;
    switch (f.kind) {
      case 'text':
        check = `{ const t = h.text(v); if (t !== undefined) dossier[${N}] = t; else ${
          required
            ? `issues.push(h.issue(at, { code: 'missing_field', field: ${N}, expected: ${E} }));`
            : `issues.push(h.issue(at, { code: 'invalid_value', field: ${N}, input: String(v), expected: ${E} }));`
        } }`;
        if ('personal' in f) check = `if (keepPersonal) ${check}`;
        break;
      case 'status':
      case 'channel':
      case 'serviceLevel':
        check = `{ const s = String(v).trim(); const x = h.sets.${f.kind}.has(s) ? s : h.codes.${f.kind}.get(s); if (x) dossier[${N}] = x; else issues.push(h.issue(at, { code: '${
          f.kind === 'status' ? 'unknown_status' : 'invalid_value'
        }', field: ${N}, input: s, expected: ${E} })); }`;
        break;
      case 'dateTime':
        check = `{ const ms = h.dateOf(v); if (ms === undefined) issues.push(h.issue(at, { code: 'invalid_date', field: ${N}, input: String(v), expected: ${E} })); else { dates[${N}] = ms; dossier[${N}] = wall ? ms : h.dateText(v, ms); } }`;
        break;
      case 'count':
        check = `{ const n = Number(v); if (Number.isInteger(n) && n >= 0) dossier[${N}] = n; else issues.push(h.issue(at, { code: 'invalid_value', field: ${N}, input: String(v), expected: ${E} })); }`;
        break;
      case 'flag':
        check = `{ const s = String(v).trim().toLowerCase(); if (s === 'true' || s === '1') dossier[${N}] = true; else if (s === 'false' || s === '0') dossier[${N}] = false; else issues.push(h.issue(at, { code: 'invalid_value', field: ${N}, input: String(v), expected: ${E} })); }`;
        break;
    }
    // h.isBlank, its usual answers written out: undefined or null is blank; a text starting with a
    // visible ASCII character is not (no trim made to know).
    return `v = record[${N}];\nif (v === undefined || v === null || (typeof v === 'string' && !(v.charCodeAt(0) > 32 && v.charCodeAt(0) < 127) && h.isBlank(v))) { ${missing} } else ${check}`;
  });
  // Built from the field table only, never from input.
  return new Function('record', 'dossier', 'dates', 'issues', 'warnings', 'wall', 'keepPersonal', 'h', 'at', `let v;\n${blocks.join('\n')}`) as FieldChecks;
}
