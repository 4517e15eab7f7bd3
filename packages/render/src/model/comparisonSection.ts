import { type Metrics, type ReportPeriod, figureChanges, formatViDate } from '@tthc/core';

/** The figures of another period a report compares with (a unit's history entry). */
export interface ComparedPeriod {
  period: ReportPeriod;
  figures: Metrics;
}

/** One comparison sentence of section IV: the other period and how each figure changed (Vietnamese). */
export interface ComparisonSection {
  /** "01/11/2025 – 30/11/2025". */
  periodText: string;
  /** "tiếp nhận tăng 12 hồ sơ (3,8%); đã giải quyết giảm 3 hồ sơ (2,8%); …" (`figureChanges` of @tthc/core). */
  text: string;
}

/** Section IV's comparison with another period's figures. */
export function comparisonSection(now: Metrics, other: ComparedPeriod): ComparisonSection {
  return {
    periodText: `${formatViDate(other.period.from)} – ${formatViDate(other.period.to)}`,
    text: figureChanges(now, other.figures)
      .map((c) => c.note.vi)
      .join('; '),
  };
}
