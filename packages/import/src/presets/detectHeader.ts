import { cleanText } from '../_lib/cleanText';
import type { Field } from './aliases';
import { civilStatusMarkers, headingRank } from './aliases';
import { foldWord } from './fold';
import type { Cell, MappedColumn } from './mapRow';
import { civilStatusPreset, oneStopPreset, portalPreset, type Preset } from './preset';

/** Where the heading is, the preset it matches and the columns it maps. */
export interface HeaderMatch {
  /** 0-based positions, in the rows looked at, of the one or two heading rows. */
  first: number;
  last: number;
  preset: Preset;
  columns: MappedColumn[];
}

const text = (c: Cell) => (typeof c === 'string' ? cleanText(c).replace(/\s+/g, ' ').trim() : typeof c === 'number' ? String(c) : '');

/**
 * The headings of one or two rows: a cell of the lower row, else the upper one (merged
 * vertically); a lower cell that is not a known heading by itself is tried after its group's
 * upper heading ("Ngày" over "Tiếp nhận"), the group running right while the upper row is empty.
 */
function headings(upper: readonly Cell[] | undefined, lower: readonly Cell[], map: Preset['headings']): MappedColumn[] {
  const columns: MappedColumn[] = [];
  const seen = new Map<Field, MappedColumn>();
  let group = '';
  const width = Math.max(upper?.length ?? 0, lower.length);
  for (let i = 0; i < width; i++) {
    const top = upper ? text(upper[i]) : '';
    const sub = text(lower[i]);
    if (top !== '') group = top;
    else if (sub === '') group = '';
    let heading = sub || top;
    let field = heading ? map.get(foldWord(heading)) : undefined;
    if (!field && sub && group) {
      const joined = `${group} ${sub}`;
      field = map.get(foldWord(joined));
      if (field) heading = joined;
    }
    if (field) {
      const before = seen.get(field);
      const column = { index: i, field, heading };
      if (before === undefined) {
        seen.set(field, column);
        columns.push(column);
      } else if ((headingRank.get(foldWord(heading)) ?? 99) < (headingRank.get(foldWord(before.heading)) ?? 99)) {
        // "Chủ hồ sơ" after "Người nộp": the better name wins.
        seen.set(field, column);
        columns[columns.indexOf(before)] = column;
      }
    }
  }
  return columns;
}

const LOOK = 50;

/**
 * Finds the heading row(s) among the first rows of a table: the first row that names a dossier
 * code and at least two more fields, joined with the row above or below when that maps more
 * columns (two-row headings with merged cells). The preset is the given one, else the one whose
 * headings match most (the civil-status lists are told by their "Loại việc" column).
 *
 * @param rows - the first rows of the table (up to 50 are looked at)
 * @param forced - the preset forced by `--source` or a mapping file
 * @returns the match, or `undefined` when no row looks like a heading
 */
export function detectHeader(rows: readonly (readonly Cell[])[], forced?: Preset): HeaderMatch | undefined {
  const candidates = forced ? [forced] : [oneStopPreset, portalPreset];
  const n = Math.min(rows.length, LOOK);
  const fixed = forced?.headerRow;
  for (let i = fixed ? fixed - 1 : 0; i < (fixed ? Math.min(fixed, n) : n); i++) {
    const row = rows[i];
    if (!row) continue;
    let best: HeaderMatch | undefined;
    for (const preset of candidates) {
      const single = headings(undefined, row, preset.headings);
      if (!fixed && (single.length < 3 || !single.some((c) => c.field === 'code'))) continue;
      let match: HeaderMatch = { first: i, last: i, preset, columns: single };
      const options: HeaderMatch[] = [];
      const below = rows[i + 1];
      const above = rows[i - 1];
      if (below && forced?.headerRows !== 1) options.push({ first: i, last: i + 1, preset, columns: headings(row, below, preset.headings) });
      if (above && !fixed && forced?.headerRows !== 1) options.push({ first: i - 1, last: i, preset, columns: headings(above, row, preset.headings) });
      for (const o of options) if (o.columns.length > match.columns.length) match = o;
      if (forced?.headerRows === 2 && match.first === match.last && below) {
        match = { first: i, last: i + 1, preset, columns: headings(row, below, preset.headings) };
      }
      if (!best || match.columns.length > best.columns.length) best = match;
    }
    if (best) {
      if (!forced && best.preset === oneStopPreset && isCivilStatus(rows, best)) {
        const cs = headings(best.first < best.last ? rows[best.first] : undefined, rows[best.last] ?? [], civilStatusPreset.headings);
        return { ...best, preset: civilStatusPreset, columns: cs };
      }
      return best;
    }
  }
  return undefined;
}

function isCivilStatus(rows: readonly (readonly Cell[])[], match: HeaderMatch): boolean {
  for (let r = match.first; r <= match.last; r++) {
    for (const c of rows[r] ?? []) if (civilStatusMarkers.has(foldWord(text(c)))) return true;
  }
  return false;
}
