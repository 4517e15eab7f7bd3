import {
  type CarriedOverCheck,
  type ComputeMetricsOptions,
  type Metrics,
  type MetricsDossier,
  type ReportPeriod,
  type ServiceIndex,
  SERVICE_INDEX_VERSION,
  UNKNOWN_UNIT,
  carriedOverNotes,
  checkCarriedOver,
  comparablePeriods,
  comparedValues,
  recentPeriods,
  formatViDate,
  openCodesByUnit,
  wordNote,
} from '@tthc/core';
import type { ImportAccounting } from '@tthc/import';
import type { HistoryEntry, HistoryInput, HistoryStore } from '@tthc/history';
import type { RenderReportOptions } from '@tthc/render';
import type { HistoryBrief, HistorySummary, RecentBrief } from '../request/historySummary';

/** A unit's carried-over dossiers checked against those stored as open at the end of its previous period. */
export interface CarriedOverResult extends CarriedOverCheck {
  /** The previous period, as stored. */
  previous: ReportPeriod;
  /** `carried_over_mismatch` when a dossier differs either way; absent when they agree. */
  warning?: { code: 'carried_over_mismatch'; params: Record<string, string | number>; message: { vi: string; en: string } };
}

/** What the history says of one unit of a run, and what the run recorded of it. */
export interface UnitHistory {
  /** The current entry of the previous period (the same kind of period just before), when stored. */
  previous?: HistoryEntry;
  /** The current entry of the same period a year before, when stored. */
  lastYear?: HistoryEntry;
  /** The carried-over check, when the previous period is stored. */
  carriedOver?: CarriedOverResult;
  /** The last 12 periods of the same kind before this one, oldest first (`recentPeriods`): their current entries' compared figures. */
  recent: RecentBrief[];
  /** The entry this run recorded. */
  recorded: HistoryEntry;
}

/** One unit's figures as the run computed them. */
export interface HistoryUnit {
  unit: string | null;
  metrics: Metrics;
  serviceIndex?: ServiceIndex;
}

/** The formula versions an entry records (the figures' rules have no version of their own yet: the toolkit's). */
export const FORMULA_VERSIONS = { serviceIndex: SERVICE_INDEX_VERSION } as const;

/**
 * Reads what the history holds for each unit of a run (the previous period, the same period last
 * year, the codes open at the end of the previous one, checked against this period's carried-over
 * dossiers), then records the run: one new version per unit, all in one transaction. Two passes
 * over the dossiers (the open codes, the check).
 */
export async function runHistory(
  store: HistoryStore,
  run: {
    period: ReportPeriod;
    units: readonly HistoryUnit[];
    dossiers: Iterable<MetricsDossier>;
    figures: Omit<ComputeMetricsOptions, 'period'>;
    accounting: ImportAccounting;
    inputs: HistoryInput[];
    recordedAt: string;
  },
): Promise<Map<string, UnitHistory>> {
  const { previous, lastYear } = comparablePeriods(run.period);
  const keyOf = (u: HistoryUnit) => u.unit ?? UNKNOWN_UNIT;
  const before = new Map<string, { previous?: HistoryEntry; lastYear?: HistoryEntry; openThen?: string[]; recent: RecentBrief[] }>();
  for (const u of run.units) {
    const unit = keyOf(u);
    // One read of the unit's current entries gives the periods compared with and the recent ones.
    const entries = await store.list({ unit });
    const find = (p: ReportPeriod) => entries.find((e) => e.period.from === p.from && e.period.to === p.to);
    const prev = find(previous);
    const last = find(lastYear);
    const openThen = prev ? await store.openCodes({ unit, period: previous }) : undefined;
    const recent = recentPeriods(run.period, entries.map((e) => ({ ...e.period, entry: e }))).map(({ entry: e }) => ({
      period: e.period,
      version: e.version,
      recordedAt: e.recordedAt,
      values: comparedValues(e.figures),
    }));
    before.set(unit, { ...(prev ? { previous: prev } : {}), ...(last ? { lastYear: last } : {}), ...(openThen ? { openThen } : {}), recent });
  }
  const openThen = new Map([...before].flatMap(([unit, b]) => (b.openThen ? [[unit, b.openThen] as const] : [])));
  const checks = new Map(
    openThen.size === 0 ? [] : checkCarriedOver(run.dossiers, { ...run.figures, period: run.period, openThen }).map((c) => [c.unit, withWarning(c, previous)] as const),
  );
  const open = openCodesByUnit(run.dossiers, { ...run.figures, period: run.period });
  const accounting = accountingOf(run.accounting);

  // Every unit of the period in one transaction: all recorded or none.
  const recorded = await store.recordAll(
    run.units.map((u) => ({
      unit: keyOf(u),
      period: { from: run.period.from, to: run.period.to },
      recordedAt: run.recordedAt,
      // The row issues quote values read: their texts are not kept, their counts are (accounting).
      figures: { ...u.metrics, rejectedRows: [], warnings: [] },
      ...(u.serviceIndex ? { serviceIndex: u.serviceIndex } : {}),
      accounting,
      formulaVersions: { ...FORMULA_VERSIONS },
      inputs: run.inputs,
      openCodes: open.get(keyOf(u)) ?? [],
    })),
  );
  const out = new Map<string, UnitHistory>();
  run.units.forEach((u, i) => {
    const unit = keyOf(u);
    const b = before.get(unit);
    const check = checks.get(unit);
    out.set(unit, {
      ...(b?.previous ? { previous: b.previous } : {}),
      ...(b?.lastYear ? { lastYear: b.lastYear } : {}),
      ...(check ? { carriedOver: check } : {}),
      recent: b?.recent ?? [],
      recorded: recorded[i] as HistoryEntry,
    });
  });
  return out;
}

function withWarning(check: CarriedOverCheck, previous: ReportPeriod): CarriedOverResult {
  if (check.missing.length === 0 && check.unexpected.length === 0) return { ...check, previous };
  const params = {
    unit: check.unit,
    previousFrom: formatViDate(previous.from),
    previousTo: formatViDate(previous.to),
    missing: check.missing.length,
    unexpected: check.unexpected.length,
  };
  const note = wordNote(carriedOverNotes, 'carried_over_mismatch', params);
  return { ...check, previous, warning: { code: 'carried_over_mismatch', params, message: { vi: note.vi, en: note.en } } };
}

/** The run's rows and its warnings counted by code (their texts, which quote values, are not kept). */
function accountingOf(a: ImportAccounting): { read: number; accepted: number; rejected: number; skipped: number; warnings: Record<string, number> } {
  const warnings: Record<string, number> = {};
  for (const w of a.warnings) warnings[w.code] = (warnings[w.code] ?? 0) + 1;
  return { ...a.rows, warnings };
}

/**
 * What a face shows of a unit's history (`HistorySummary`): the version recorded, the entries
 * compared with (their period, version, time and figures), the carried-over check and the recent
 * periods' compared figures — the `history` of `tthc metrics --json`'s units and of the n8n
 * nodes' items, which `reportFromFigures` takes back.
 */
export function historySummary(h: UnitHistory): HistorySummary {
  return {
    recorded: { version: h.recorded.version, recordedAt: h.recorded.recordedAt },
    ...(h.previous ? { previous: brief(h.previous) } : {}),
    ...(h.lastYear ? { lastYear: brief(h.lastYear) } : {}),
    ...(h.carriedOver ? { carriedOver: h.carriedOver } : {}),
    recent: h.recent,
  };
}

const brief = (e: HistoryEntry): HistoryBrief => ({ period: e.period, version: e.version, recordedAt: e.recordedAt, figures: e.figures });

/** What a unit's history gives its report: the figures compared with (when stored), its carried-over mismatch (when found), its recent periods. */
export function historyReportOptions(h: HistorySummary): Pick<RenderReportOptions, 'comparisons' | 'carriedOver' | 'recent'> | undefined {
  // The briefs are the render's ComparedPeriod and RecentPeriod (period and figures or values) as they are.
  const { previous, lastYear, carriedOver, recent } = h;
  const comparisons = previous || lastYear ? { ...(previous ? { previous } : {}), ...(lastYear ? { lastYear } : {}) } : undefined;
  const mismatch = carriedOver?.warning ? { message: carriedOver.warning.message, missing: carriedOver.missing, unexpected: carriedOver.unexpected } : undefined;
  if (!comparisons && !mismatch && recent.length === 0) return undefined;
  return { ...(comparisons ? { comparisons } : {}), ...(mismatch ? { carriedOver: mismatch } : {}), ...(recent.length > 0 ? { recent } : {}) };
}
