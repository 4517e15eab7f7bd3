import type { Metrics, ServiceIndex } from '@tthc/core';
import { formatDateLine } from '../format/dates';
import { formatCount } from '../format/formatCount';
import type { Notes, Profile } from '../profile/profileSchema';
import { type AnnexRow, annexRows } from './annexRows';
import { type ComparedPeriod, type ComparisonSection, comparisonSection } from './comparisonSection';
import { type IndexSection, indexSection } from './indexSection';
import { formatDocumentNumber } from '../format/documentNumber';

/** The data every template sees (strict: a name not listed here is an error). */
export interface ReportContext {
  profile: Profile;
  /** The unit's word in generated sentences ("phường"). */
  unitKind: string;
  header: {
    parent: string | null;
    agency: string[];
    /** "Số: 15/BC-UBND", or "Số:      /BC-UBND" (non-breaking spaces) when not numbered yet. */
    number: string;
    /** "15" (numbers below 10 with a leading zero), or non-breaking spaces when not numbered yet. */
    numberText: string;
    /** "Hải An, ngày 08 tháng 01 năm 2026", or "Hải An, ngày … tháng … năm 2026". */
    dateLine: string;
  };
  period: Metrics['period'];
  metrics: Metrics;
  /**
   * Overdue figures of IV.3: `none` when nothing was resolved late, is overdue or was received
   * late; `summary` lists the non-zero ones ("01 hồ sơ giải quyết quá hạn và 02 hồ sơ …").
   */
  overdue: { none: boolean; total: number; resolvedLate: number; inProgress: number; lateReceived: number; summary: string };
  /** Both online-service rates are known (a catalog was given). */
  onlineRatesKnown: boolean;
  /** Rows of the statistical form, total last. */
  annex: AnnexRow[];
  /** The QĐ 766 index section (profile switch `serviceIndex`), else null. */
  serviceIndex: IndexSection | null;
  /** Section IV's comparisons with the previous period and the same period last year, when their figures are given (a unit's history), else null. */
  comparisons: { previous: ComparisonSection | null; lastYear: ComparisonSection | null };
}

function overdueSummary(resolvedLate: number, overdue: number, lateReceived: number): string {
  const parts = [
    resolvedLate > 0 ? `${formatCount(resolvedLate)} hồ sơ giải quyết quá hạn` : '',
    overdue > 0 ? `${formatCount(overdue)} hồ sơ đang giải quyết quá hạn (tính lũy kế)` : '',
    lateReceived > 0 ? `${formatCount(lateReceived)} hồ sơ tiếp nhận chậm` : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'không có hồ sơ quá hạn';
  return parts.length === 1 ? (parts[0] as string) : `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`;
}

/**
 * Assembles the template context from the figures and the merged profile.
 *
 * @param metrics - the period's figures (identities are checked here)
 * @param profile - the profile with the period's notes merged over it
 * @param notes - the period's notes (document number and date)
 * @param documentDate - the document's date, overriding the notes' one; null keeps the blanks
 * @param index - the period's QĐ 766 index, for its optional section
 * @param compared - the figures of the previous period and of the same period last year, when known
 */
export function buildContext(
  metrics: Metrics,
  profile: Profile,
  notes: Notes | undefined,
  documentDate: string | null,
  index: ServiceIndex | null = null,
  compared: { previous?: ComparedPeriod; lastYear?: ComparedPeriod } = {},
): ReportContext {
  const number = notes?.documentNumber;
  const numberText = number === undefined ? '\u00a0'.repeat(8) : formatDocumentNumber(number);
  const date = documentDate ?? notes?.documentDate ?? null;
  const { resolved, inProgress, lateReceived } = metrics;
  return {
    profile,
    unitKind: profile.unit.kind,
    header: {
      parent: profile.agency.parent,
      agency: profile.agency.name,
      number: `Số: ${numberText}/${profile.symbol}`,
      numberText,
      dateLine: formatDateLine(profile.place, date, metrics.period.to.slice(0, 4)),
    },
    period: metrics.period,
    metrics,
    overdue: {
      none: resolved.late === 0 && inProgress.overdue === 0 && lateReceived === 0,
      total: resolved.late + inProgress.overdue,
      resolvedLate: resolved.late,
      inProgress: inProgress.overdue,
      lateReceived,
      summary: overdueSummary(resolved.late, inProgress.overdue, lateReceived),
    },
    onlineRatesKnown: metrics.onlineServices.full.rate !== null && metrics.onlineServices.partial.rate !== null,
    annex: annexRows(metrics),
    serviceIndex: index ? indexSection(index) : null,
    comparisons: {
      previous: compared.previous ? comparisonSection(metrics, compared.previous) : null,
      lastYear: compared.lastYear ? comparisonSection(metrics, compared.lastYear) : null,
    },
  };
}
