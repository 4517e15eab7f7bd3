import { wordNote } from '../notes/wordNote';
import type { WordedNote } from '../notes/note';
import type { Metrics } from '../schemas/metrics';
import { figureChangeNotes } from './figureChangeNotes';

// domain.md §7's figures of a period against those of another (the previous period, the same
// period last year): what section IV of a report says when a unit's history holds them.

/** The figures a report compares, in the order it says them. */
export const COMPARED_FIGURES = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'inProgressOverdue', 'onlineDossierRate', 'onTimeRate'] as const;
export type ComparedFigure = (typeof COMPARED_FIGURES)[number];

/** A period's compared figures by name (`null`: a rate with nothing to divide by). */
export type ComparedValues = Record<ComparedFigure, number | null>;

const RATES: ReadonlySet<ComparedFigure> = new Set(['onlineDossierRate', 'onTimeRate']);

/** One figure now and then, how it changed, and the phrase a report says (both languages). */
export interface FigureChange {
  figure: ComparedFigure;
  now: number | null;
  then: number | null;
  /** `null` when a rate is unknown in either period. */
  direction: 'up' | 'down' | 'same' | null;
  /** By how many dossiers, or percentage points (rates, 2 decimals). */
  by: number | null;
  /** A count's change as a share of its earlier value, 1 decimal; `null` for rates or from 0. */
  percent: number | null;
  note: WordedNote;
}

const valueOf = (m: Metrics, f: ComparedFigure): number | null => {
  switch (f) {
    case 'received':
      return m.received.total;
    case 'resolved':
      return m.resolved.total;
    case 'resolvedOnTime':
      return m.resolved.early + m.resolved.onTime;
    case 'resolvedLate':
      return m.resolved.late;
    case 'inProgressOverdue':
      return m.inProgress.overdue;
    case 'onlineDossierRate':
      return m.onlineDossierRate;
    case 'onTimeRate':
      return m.onTimeRate;
  }
};

/**
 * The figures a report compares, read from a period's figures: what a unit's history keeps of
 * its recent periods (the annex's sheet "Các kỳ trước").
 *
 * @example comparedValues(metrics).resolvedOnTime // resolved.early + resolved.onTime
 */
export function comparedValues(m: Metrics): ComparedValues {
  return Object.fromEntries(COMPARED_FIGURES.map((f) => [f, valueOf(m, f)])) as ComparedValues;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const vi = (x: number) => String(x).replace('.', ',');

/**
 * How each figure of a report changed from another period: counts by how many dossiers (and by
 * what share of the earlier count, when it was not 0), rates by percentage points; worded as
 * section IV says it ("tiếp nhận tăng 12 hồ sơ (3,8%)", "tỷ lệ giải quyết đúng hạn không thay đổi").
 *
 * @param now - this period's figures
 * @param then - the other period's
 * @returns one change per {@link COMPARED_FIGURES}, in that order
 * @example figureChanges(december, november)[0]?.note.vi // 'tiếp nhận tăng 12 hồ sơ (3,8%)'
 */
export function figureChanges(now: Metrics, then: Metrics): FigureChange[] {
  return COMPARED_FIGURES.map((figure) => {
    const a = valueOf(now, figure);
    const b = valueOf(then, figure);
    const rate = RATES.has(figure);
    if (a === null || b === null) {
      return { figure, now: a, then: b, direction: null, by: null, percent: null, note: wordNote(figureChangeNotes, figure, { change: { code: 'rate_unknown', params: {} } }) };
    }
    const by = round(Math.abs(a - b), rate ? 2 : 0);
    const direction = by === 0 ? 'same' : a > b ? 'up' : 'down';
    const percent = rate || b === 0 || direction === 'same' ? null : round((by / b) * 100, 1);
    const kind = rate ? 'rate' : 'count';
    const code = direction === 'same' ? `${kind}_same` : direction === 'up' && !rate && b === 0 ? 'count_up_from_none' : `${kind}_${direction}`;
    const params = { by, byVi: vi(by), ...(percent === null ? {} : { percent, percentVi: vi(percent) }) };
    return { figure, now: a, then: b, direction, by, percent, note: wordNote(figureChangeNotes, figure, { change: { code, params } }) };
  });
}
