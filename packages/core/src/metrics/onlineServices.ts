import type { ServiceLevel } from '../schemas/enums';
import type { OnlineServiceLevelFigures } from '../schemas/metrics';
import { serviceLevelOf, type MetricsContext, type MetricsDossier } from './context';
import { percent } from './rates';
import { receivedClass, type ReceivedClass } from './received';

/** The online-service figures gathered one dossier at a time (one pass over any number of dossiers). */
export interface OnlineServicesTally {
  /** Counts one dossier; `received` is its {@link receivedClass}, when the caller already has it. */
  add(d: MetricsDossier, received?: ReceivedClass | undefined): void;
  figures(level: Exclude<ServiceLevel, 'none'>): OnlineServiceLevelFigures;
  /** See {@link fullOnlineDossierRate}. */
  fullOnlineRate(): number | null;
}

/**
 * The tally behind {@link onlineServiceFigures} and {@link fullOnlineDossierRate}: the rules of
 * domain.md §7, applied to each dossier as it comes.
 */
export function createOnlineServicesTally(ctx: MetricsContext): OnlineServicesTally {
  const codes = { full: new Set<string>(), partial: new Set<string>() };
  let receivedCount = 0;
  let fullOnline = 0;
  return {
    add(d, received = receivedClass(d, ctx)) {
      // domain.md §7 — onlineServices: distinct procedures of a level with ≥ 1 online dossier received in P, over the catalog's.
      // domain.md §7 — fullOnlineDossierRate = online dossiers of full-level procedures / dossiers received in P.
      if (received !== 'new') return;
      receivedCount += 1;
      if (d.channel !== 'online') return;
      const level = serviceLevelOf(d, ctx);
      if (level !== 'full' && level !== 'partial') return;
      if (level === 'full') fullOnline += 1;
      codes[level].add(d.procedureCode ?? ctx.procedureOf(d)?.code ?? ctx.nameKey(d.procedureName));
    },
    figures(level) {
      const set = codes[level];
      const catalogProcedures = ctx.catalog ? ctx.catalog.filter((p) => p.serviceLevel === level).length : null;
      return { procedures: set.size, procedureCodes: [...set].sort(), catalogProcedures, rate: percent(set.size, catalogProcedures) };
    },
    fullOnlineRate: () => percent(fullOnline, receivedCount),
  };
}

/**
 * The "DVC trực tuyến phát sinh hồ sơ" figures of one service level: the procedures of that level
 * with at least one online dossier received inside the period, the catalog's procedures of that
 * level, and the rate between them (`null` without a catalog, never a made-up number).
 */
export function onlineServiceFigures(
  dossiers: Iterable<MetricsDossier>,
  level: Exclude<ServiceLevel, 'none'>,
  ctx: MetricsContext,
): OnlineServiceLevelFigures {
  const tally = createOnlineServicesTally(ctx);
  for (const d of dossiers) tally.add(d);
  return tally.figures(level);
}

/** Share of the dossiers received in the period that came online for a full-online procedure. */
export function fullOnlineDossierRate(dossiers: Iterable<MetricsDossier>, ctx: MetricsContext): number | null {
  const tally = createOnlineServicesTally(ctx);
  for (const d of dossiers) tally.add(d);
  return tally.fullOnlineRate();
}
