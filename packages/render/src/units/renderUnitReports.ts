import { renderInputErrors } from '../renderInputErrors';
import {
  type ComputeMetricsOptions,
  InputError,
  type Metrics,
  type MetricsDossier,
  type ReportPeriod,
  type UnitMetrics,
  UNKNOWN_UNIT,
  type ServiceIndex,
  computeMetricsByUnit,
  unitNameKey,
} from '@tthc/core';
import type { Profile } from '../profile/profileSchema';
import { REPORT_FORMATS, type RenderReportOptions, type ReportFormat, renderReport } from '../renderReport';
import { reportFileName } from '../reportFileName';
import { namedAsTable } from './namedAsTable';
import { loadTemplates } from '../templates/loadTemplates';
import { writeUnitsSummary } from '../xlsx/writeUnitsSummary';

/** One row of the units table, its profile parsed (`parseProfile`). */
export interface UnitEntry {
  /** The unit's name as the export writes it; matched by `unitNameKey` of @tthc/core. */
  unit: string;
  profile: Profile;
}

/** The options shared with {@link renderReport}, applied to every ward. */
/** How every ward's report is written (the options of `renderReport` the wards share). */
export type SharedReportOptions = Pick<RenderReportOptions, 'formats' | 'templates' | 'templatesDir' | 'documentDate' | 'wordTemplate'>;

/** What `onProgress` of {@link renderUnitReports} is told after each ward's report set. */
export interface UnitReportsProgress {
  /** Wards whose report set is rendered so far. */
  unitsWritten: number;
  /** Wards of the table found in the data: the reports to render. */
  unitsTotal: number;
}

export type RenderUnitReportsOptions = SharedReportOptions & {
  /** The units table, in the order the reports and the summary rows follow. */
  units: readonly UnitEntry[];
  /** Called once the figures are split (0 written), then after each ward's report set is rendered (pure data, for a progress display). */
  onProgress?: (progress: UnitReportsProgress) => void;
} & (
    | {
        /** Figures already split by unit (`computeMetricsByUnit`), all for the same period. */
        metricsByUnit: readonly UnitMetrics[];
        /**
         * The QĐ 766 index of each unit, by the unit's name as in `metricsByUnit`, for the wards
         * whose profile turns `serviceIndex` on (`computeServiceIndex` and `serviceIndexOfUnit`
         * of @tthc/core). Default: none.
         */
        serviceIndexByUnit?: ReadonlyMap<string, ServiceIndex>;
        /**
         * What each unit's history gives its report — the figures it compares with (its previous
         * period, the same period last year) and its carried-over mismatch — by the unit's name
         * as in `metricsByUnit`. Default: none.
         */
        historyByUnit?: ReadonlyMap<string, Pick<RenderReportOptions, 'comparisons' | 'carriedOver' | 'recent'>>;
      }
    | {
        /** The dossiers of every unit: grouped by the table's units here, name variants together. */
        dossiers: Iterable<MetricsDossier>;
        metricsOptions: ComputeMetricsOptions;
      }
  );

/** One file written for a ward or for the summary: a bare file name and its content. */
export interface RenderedFile {
  name: string;
  content: Uint8Array | string;
}

export interface UnitReport {
  /** The unit's name as the units table writes it. */
  unit: string;
  profile: Profile;
  metrics: Metrics;
  /** The ward's files, in the order of `formats`, named by `reportFileName` from its profile. */
  files: RenderedFile[];
}

export interface UnitReportsResult {
  period: ReportPeriod;
  /** One per ward of the table found in the data, in the table's order. */
  reports: UnitReport[];
  /** `tong-hop-<from>-<to>.xlsx`: one row per ward and the total, online services, the lists below. */
  summary: RenderedFile;
  /** Units of the data not in the table (name as in the data; dossiers without a unit as "Chưa xác định đơn vị"), with their dossiers received in the period. */
  unlisted: Array<{ unit: string; received: number }>;
  /** Units of the table (name as in the table) that no dossier of the data names. */
  absent: string[];
}

function periodOf(groups: readonly UnitMetrics[]): ReportPeriod {
  const first = groups[0]?.metrics.period;
  if (!first) throw new InputError(renderInputErrors.no_unit_figures);
  for (const g of groups) {
    if (g.metrics.period.from !== first.from || g.metrics.period.to !== first.to) {
      throw new InputError(renderInputErrors.units_periods_differ, {
        params: { firstFrom: first.from, firstTo: first.to, otherFrom: g.metrics.period.from, otherTo: g.metrics.period.to },
      });
    }
  }
  return first;
}

/**
 * Renders one report set per ward of a units table from the figures of an export that holds
 * several units, plus the city summary. A unit of the data is a ward of the table when their
 * names have the same `unitNameKey` (NFC, case and diacritics folded). Units of the data not in
 * the table and units of the table absent from the data are returned (and printed in the
 * summary), never dropped silently; neither gets a report. Deterministic.
 *
 * @param options - see `RenderUnitReportsOptions`
 * @returns the wards' files, the summary and the two lists
 * @throws InputError when two units of the figures match one ward (give the dossiers instead, so
 *   that they are counted together), two wards' profiles give the same file names, or the
 *   figures are not all for one period; as `renderReport` for a ward's report
 * @example
 * const { reports, summary } = await renderUnitReports({ dossiers, metricsOptions: { period }, units });
 */
export async function renderUnitReports(options: RenderUnitReportsOptions): Promise<UnitReportsResult> {
  const tableName = new Map(options.units.map((u) => [unitNameKey(u.unit), u.unit]));
  const groups =
    'metricsByUnit' in options
      ? options.metricsByUnit
      : computeMetricsByUnit(
          namedAsTable(
            options.dossiers,
            options.units.map((u) => u.unit),
          ),
          options.metricsOptions,
        );
  const indexes = 'serviceIndexByUnit' in options ? options.serviceIndexByUnit : undefined;
  const histories = 'historyByUnit' in options ? options.historyByUnit : undefined;
  const period = periodOf(groups);

  const byKey = new Map<string, UnitMetrics>();
  const unlisted: UnitReportsResult['unlisted'] = [];
  for (const g of groups) {
    const key = g.unit === null ? undefined : unitNameKey(g.unit);
    if (key === undefined || !tableName.has(key)) {
      unlisted.push({ unit: g.unit ?? UNKNOWN_UNIT, received: g.metrics.received.total });
      continue;
    }
    const other = byKey.get(key);
    if (other) {
      throw new InputError(renderInputErrors.units_match_one_ward, {
        params: { first: String(other.unit), second: String(g.unit), ward: tableName.get(key) ?? '' },
      });
    }
    byKey.set(key, g);
  }

  const formats: readonly ReportFormat[] = options.formats ?? REPORT_FORMATS;
  const templates = {
    ...(options.templatesDir === undefined ? {} : await loadTemplates(options.templatesDir)),
    ...options.templates,
  };
  const shared = {
    formats,
    templates,
    ...(options.documentDate === undefined ? {} : { documentDate: options.documentDate }),
    ...(options.wordTemplate === undefined ? {} : { wordTemplate: options.wordTemplate }),
  };
  const reports: UnitReport[] = [];
  /** Each ward's previous period, for the summary's sheet "So với kỳ trước". */
  const previousOf = new Map<string, NonNullable<NonNullable<RenderReportOptions['comparisons']>['previous']>>();
  const absent: string[] = [];
  const fileOwner = new Map<string, string>();
  options.onProgress?.({ unitsWritten: 0, unitsTotal: byKey.size });
  for (const entry of options.units) {
    const group = byKey.get(unitNameKey(entry.unit));
    if (!group) {
      absent.push(entry.unit);
      continue;
    }
    const serviceIndex = group.unit === null ? undefined : indexes?.get(group.unit);
    const history = group.unit === null ? undefined : histories?.get(group.unit);
    const rendered = await renderReport({
      metrics: group.metrics,
      profile: entry.profile,
      ...shared,
      ...(serviceIndex ? { serviceIndex } : {}),
      ...history,
    });
    const files: RenderedFile[] = [];
    for (const format of formats) {
      const content = rendered[format];
      if (content === undefined) continue;
      const name = reportFileName(entry.profile.unit.name, period, format);
      const owner = fileOwner.get(name);
      if (owner !== undefined) {
        throw new InputError(renderInputErrors.profiles_same_file_name, { params: { first: owner, second: entry.unit, name } });
      }
      fileOwner.set(name, entry.unit);
      files.push({ name, content });
    }
    reports.push({ unit: entry.unit, profile: entry.profile, metrics: group.metrics, files });
    if (history?.comparisons?.previous) previousOf.set(entry.unit, history.comparisons.previous);
    options.onProgress?.({ unitsWritten: reports.length, unitsTotal: byKey.size });
  }

  const recipients = new Set(reports.map((r) => r.profile.reportRecipient));
  const summary = await writeUnitsSummary({
    period,
    wards: reports.map((r) => {
      const previous = previousOf.get(r.unit);
      return { name: r.profile.unit.name, metrics: r.metrics, ...(previous ? { previous } : {}) };
    }),
    unlisted,
    absent,
    recipient: recipients.size === 1 ? ([...recipients][0] as string) : '',
  });
  return { period, reports, summary: { name: summaryFileName(period), content: summary }, unlisted, absent };
}

/** The summary's file name: `tong-hop-<from>-<to>.xlsx`. */
export function summaryFileName(period: ReportPeriod): string {
  return reportFileName('tong-hop', period, 'xlsx');
}
