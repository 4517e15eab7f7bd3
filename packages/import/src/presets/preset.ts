import type { DossierStatus } from '@tthc/core';
import { InputError, dossierFields, formatZodIssues, type Language } from '@tthc/core';
import { type Field, type HeadingMap, civilStatusHeadings, oneStopHeadings, portalHeadings } from './aliases';
import { foldWord } from './fold';
import { MappingSpec, type ParsedMappingSpec } from './mappingSpec';
import { type DatePattern, compileDatePattern } from './parseDate';
import { civilStatusStatus, statusWords } from './values';
import { importInputErrors } from '../importErrors';

/** How one source system names its columns and spells its values. */
export interface Preset {
  /** `one-stop`, `portal`, `civil-status` or `mapping:<name>`. */
  readonly name: string;
  /** Folded heading → canonical field. */
  readonly headings: HeadingMap;
  /** The status of a row from its folded status word, or `undefined` when the word is unknown. */
  status(folded: string, row: { receivedAt?: unknown; returnedAt?: unknown }): DossierStatus | undefined;
  /** Per field, folded export value → canonical value (mapping files). */
  readonly values?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly datePattern?: DatePattern;
  /** Values of fields the source never has (the civil-status lists are all "Hộ tịch"). */
  readonly defaults?: Readonly<Partial<Record<Field, string>>>;
  readonly headerRow?: number;
  readonly headerRows?: 1 | 2;
  readonly sheet?: string;
}

const oneStopStatus: Preset['status'] = (folded, row) => {
  const status = statusWords.get(folded);
  // A bare "Từ chối" before acceptance is "Không được tiếp nhận" (domain.md §4).
  if (status === 'stopped' && folded === 'tu choi' && !isSet(row.receivedAt)) return 'notAccepted';
  return status;
};
const isSet = (v: unknown) => v !== undefined && v !== null && v !== '';

export const oneStopPreset: Preset = { name: 'one-stop', headings: oneStopHeadings, status: oneStopStatus };
export const portalPreset: Preset = { name: 'portal', headings: portalHeadings, status: oneStopStatus };
export const civilStatusPreset: Preset = {
  name: 'civil-status',
  headings: civilStatusHeadings,
  status: civilStatusStatus,
  defaults: { fieldName: 'Hộ tịch' },
};

/** The built-in presets, by name (`--source NAME`). */
export const presets: Readonly<Record<string, Preset>> = {
  'one-stop': oneStopPreset,
  portal: portalPreset,
  'civil-status': civilStatusPreset,
};

const fields = new Set<string>(dossierFields);

/**
 * Builds a preset from a mapping file's content. Its value maps come first; words it does not
 * list are read as the one-stop systems spell them.
 *
 * @param spec - the parsed YAML/JSON object
 * @param file - the mapping file's name, for messages
 * @throws InputError naming the file and the wrong entry
 */
export function presetFromMapping(spec: unknown, file: string): Preset {
  const parsed = MappingSpec.safeParse(spec);
  if (!parsed.success) {
    const issues = (lang: Language) => formatZodIssues(parsed.error, { max: 3, layout: 'inline', lang });
    throw new InputError(importInputErrors.mapping_invalid, { path: { file }, params: { issuesVi: issues('vi'), issues: issues('en') }, cause: parsed.error });
  }
  const m: ParsedMappingSpec = parsed.data;
  const headings = new Map<string, Field>();
  for (const [heading, field] of Object.entries(m.columns)) {
    if (!fields.has(field)) {
      throw new InputError(importInputErrors.mapping_unknown_field, { path: { file }, params: { heading, field } });
    }
    headings.set(foldWord(heading), field as Field);
  }
  const values = new Map<string, Map<string, string>>();
  for (const [field, table] of Object.entries(m.values)) {
    values.set(field, new Map(Object.entries(table).map(([k, v]) => [foldWord(k), String(v)])));
  }
  let datePattern: DatePattern | undefined;
  if (m.dateFormat) {
    try {
      datePattern = compileDatePattern(m.dateFormat);
    } catch (error) {
      throw new InputError(importInputErrors.mapping_bad_date_format, { path: { file }, params: { detail: (error as Error).message }, cause: error });
    }
  }
  const statusMap = values.get('status');
  return {
    name: `mapping:${m.name}`,
    headings,
    values,
    status: (folded, row) => {
      const mapped = statusMap?.get(folded);
      if (mapped !== undefined) return statusWords.get(foldWord(mapped)) ?? (mapped as DossierStatus);
      return oneStopStatus(folded, row);
    },
    ...(datePattern ? { datePattern } : {}),
    ...(m.headerRow ? { headerRow: m.headerRow } : {}),
    ...(m.headerRows ? { headerRows: m.headerRows } : {}),
    ...(m.sheet ? { sheet: m.sheet } : {}),
  };
}
