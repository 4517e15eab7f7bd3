import { Channel, DossierStatus, ServiceLevel, dossierFieldTable, formatLocalDateTime, type DossierFieldKind } from '@tthc/core';
import type { TextTuples } from './textTuples';

// The layout is derived from the core's field table (domain.md §3), in its order, which is also
// the JSON key order. One dossier is a row of 32-bit words of a page (pages of 16 384 dossiers:
// the store never copies itself to grow, and wastes at most one page):
// - word 0: the enums (status, channel, service level: 4 bits each, value + 1, 0 when unset), the
//   flags (2 bits each: 0 unset, 1 false, 2 true) and the counts (8 bits each: 0 unset, value + 1
//   up to 253, OTHER_COUNT: held in `others`);
// - one word for the texts: the number of their tuple of string ids (-1 for a text not given) in the
//   store's `TextTuples`, a text's place in it being its column's `slot`;
// - one word per date (seconds since 1970; NO_DATE, or OTHER_DATE: held in `others`);
// - the input and the row the kept record was read at, in one word (PLACE_INPUTS inputs of
//   PLACE_ROWS rows; OTHER_PLACE beyond: held in `otherPlaces`).
// The code lives in the CodeIndex, the personal text (applicant) in its own array.
const enumValues: Partial<Record<DossierFieldKind, readonly string[]>> = {
  status: DossierStatus.options,
  channel: Channel.options,
  serviceLevel: ServiceLevel.options,
};

/**
 * One column of the layout. Every column has every property (unused ones zero or empty), so
 * that the loop of `jsonLineInto` sees one object shape: a union of shapes would make V8's
 * property lookups megamorphic.
 */
export interface Column {
  kind: 'code' | 'personal' | 'text' | 'count' | 'date' | 'enum' | 'flag';
  name: string;
  /** `,"name":` (with the opening quote of the value for dates). */
  key: string;
  /** The word of dates. */
  word: number;
  /** The date's or count's slot in `others`; the text's place in its tuple. */
  slot: number;
  /** The bit offset of enums, flags and counts in word 0. */
  shift: number;
  /** An enum's values. */
  values: readonly string[];
  /** The JSON of each value of an enum (`,"status":"returned"`) or a flag (false, true). */
  json: readonly string[];
}

const column = (c: Partial<Column> & Pick<Column, 'kind' | 'name'>): Column => ({
  kind: c.kind,
  name: c.name,
  key: c.key ?? '',
  word: c.word ?? 0,
  slot: c.slot ?? 0,
  shift: c.shift ?? 0,
  values: c.values ?? [],
  json: c.json ?? [],
});

/** The word of the enums, flags and counts. */
export const W_ENUMS = 0;
/** The word of the texts' tuple. */
export const W_TEXTS = 1;
export const columns: Column[] = [];
let words = 2;
let bits = 0;
let dateSlots = 0;
let texts = 0;
let counts = 0;
for (const f of dossierFieldTable) {
  const key = `,"${f.name}":`;
  if (f.name === 'code') columns.push(column({ kind: 'code', name: f.name }));
  else if ('personal' in f) columns.push(column({ kind: 'personal', name: f.name, key }));
  else if (f.kind === 'text') columns.push(column({ kind: 'text', name: f.name, key, slot: texts++ }));
  else if (f.kind === 'count') {
    columns.push(column({ kind: 'count', name: f.name, key, shift: bits, slot: counts++ }));
    bits += 8;
  }
  else if (f.kind === 'dateTime') columns.push(column({ kind: 'date', name: f.name, key: `${key}"`, word: words++, slot: dateSlots++ }));
  else if (f.kind === 'flag') {
    columns.push(column({ kind: 'flag', name: f.name, shift: bits, json: [`${key}false`, `${key}true`] }));
    bits += 2;
  } else {
    const values = enumValues[f.kind] as readonly string[];
    columns.push(column({ kind: 'enum', name: f.name, shift: bits, values, json: values.map((v) => `${key}"${v}"`) }));
    bits += 4;
  }
}
/** Which input the kept record came from and its row: `row * PLACE_INPUTS + input`. */
export const W_PLACE = words++;
export const WORDS = words;
/** The number of texts in a tuple. */
export const TEXTS = texts;
export const PLACE_INPUTS = 256;
export const PLACE_ROWS = 0x800000;
export const OTHER_PLACE = -1;
// The counts' slots in `others` come after the dates'.
for (const c of columns) if (c.kind === 'count') c.slot += dateSlots;
/** Slots in `others` a dossier: `index * OTHERS + slot`. */
export const OTHERS = dateSlots + counts;
if (bits > 31 || Object.values(enumValues).some((v) => v.length > 15) || columns[0]?.kind !== 'code') {
  throw new Error('storeLayout: the field table does not fit the layout (code first; enums, flags and counts in one word)');
}
export const PAGE_BITS = 14;
export const PAGE = 1 << PAGE_BITS;
export const NO_DATE = -0x80000000;
export const OTHER_DATE = -0x7fffffff;
/** The largest count held in its 8 bits (value + 1 ≤ 254). */
export const MAX_PACKED_COUNT = 253;
export const OTHER_COUNT = 255;


/**
 * Writes dossier `d` (dates as wall milliseconds) into its words `w…` of `page`: one function
 * compiled from the layout, straight-line code with every field's name and word a constant (a
 * loop over the columns costs a call and a switch per field, and megamorphic property loads).
 * Returns nothing; the word of enums, flags and counts is written too.
 */
export type WriteDossier = (
  d: object, page: Int32Array, w: number, index: number,
  strings: { id(s: string | undefined): number }, texts: TextTuples, applicants: (string | undefined)[], others: Map<number, number>,
) => void;

/** Rebuilds the dossier of words `w…` of `page`, its keys in the field table's order (`texts`: the tuples' members). */
export type ReadDossier = (
  page: Int32Array, w: number, index: number,
  code: string, strings: readonly string[], texts: Int32Array, applicants: readonly (string | undefined)[], others: ReadonlyMap<number, number>,
) => Record<string, unknown>;

const enumConstants = columns.map((c) => c.values);
const key = (c: Column) => JSON.stringify(c.name);

function compileWrite(): WriteDossier {
  const lines: string[] = ['let v, e = 0;', 'const t = texts.scratch;'];
  columns.forEach((c, k) => {
    const at = `page[w + ${c.word}]`;
    if (c.kind === 'code') return;
    lines.push(`v = d[${key(c)}];`);
    if (c.kind === 'personal') lines.push('if (v !== undefined || applicants.length > 0) applicants[index] = v;');
    else if (c.kind === 'text') lines.push(`t[${c.slot}] = strings.id(v);`);
    else if (c.kind === 'count') {
      lines.push(
        `if (v !== undefined) {`,
        `  if (Number.isInteger(v) && v >= 0 && v <= ${MAX_PACKED_COUNT}) e |= (v + 1) << ${c.shift};`,
        `  else { e |= ${OTHER_COUNT} << ${c.shift}; others.set(index * ${OTHERS} + ${c.slot}, v); }`,
        '}',
      );
    }
    else if (c.kind === 'date') {
      lines.push(
        `if (v === undefined || v !== v) ${at} = ${NO_DATE};`,
        `else if (Number.isInteger(v / 1000) && v / 1000 > ${OTHER_DATE} && v / 1000 <= 2147483647) ${at} = v / 1000;`,
        `else { ${at} = ${OTHER_DATE}; others.set(index * ${OTHERS} + ${c.slot}, v); }`,
      );
    } else if (c.kind === 'enum') lines.push(`if (v !== undefined) e |= (E[${k}].indexOf(v) + 1) << ${c.shift};`);
    else lines.push(`if (v !== undefined) e |= (v ? 2 : 1) << ${c.shift};`);
  });
  lines.push(`page[w + ${W_ENUMS}] = e;`, `page[w + ${W_TEXTS}] = texts.id();`);
  const body = `return function writeDossier(d, page, w, index, strings, texts, applicants, others) {\n${lines.join('\n')}\n};`;
  return new Function('E', body)(enumConstants) as WriteDossier;
}

/** @param wall - dates as wall milliseconds (else as `YYYY-MM-DDTHH:mm:ss` texts, by `formatLocalDateTime`) */
function compileRead(wall: boolean): ReadDossier {
  const lines: string[] = [`const d = {}, e = page[w + ${W_ENUMS}], t = page[w + ${W_TEXTS}] * ${TEXTS};`, 'let v, ms;'];
  columns.forEach((c, k) => {
    const put = `d[${key(c)}]`;
    const at = `page[w + ${c.word}]`;
    if (c.kind === 'code') lines.push(`${put} = code;`);
    else if (c.kind === 'personal') lines.push(`v = applicants[index]; if (v !== undefined) ${put} = v;`);
    else if (c.kind === 'text') lines.push(`v = texts[t + ${c.slot}]; if (v !== -1) ${put} = strings[v];`);
    else if (c.kind === 'count') {
      lines.push(`v = (e >>> ${c.shift}) & 255; if (v !== 0) ${put} = v === ${OTHER_COUNT} ? others.get(index * ${OTHERS} + ${c.slot}) : v - 1;`);
    }
    else if (c.kind === 'date') {
      lines.push(
        `v = ${at};`,
        `if (v !== ${NO_DATE}) {`,
        `  ms = v === ${OTHER_DATE} ? (others.get(index * ${OTHERS} + ${c.slot}) ?? NaN) : v * 1000;`,
        `  if (ms === ms) ${put} = ${wall ? 'ms' : 'formatLocalDateTime(ms)'};`,
        '}',
      );
    } else if (c.kind === 'enum') lines.push(`v = (e >> ${c.shift}) & 15; if (v > 0) ${put} = E[${k}][v - 1];`);
    else lines.push(`v = (e >> ${c.shift}) & 3; if (v !== 0) ${put} = v === 2;`);
  });
  lines.push('return d;');
  const body = `return function readDossier(page, w, index, code, strings, texts, applicants, others) {\n${lines.join('\n')}\n};`;
  return new Function('E', 'formatLocalDateTime', body)(enumConstants, formatLocalDateTime) as ReadDossier;
}

export const writeDossier = compileWrite();
export const readWallDossier = compileRead(true);
export const readTextDossier = compileRead(false);
