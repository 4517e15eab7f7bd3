import type { ServiceLevel } from '../schemas/enums';
import type { Dossier } from '../schemas/dossier';
import type { OnlineServiceLevelFigures } from '../schemas/metrics';
import { serviceLevelOf, type MetricsContext } from './context';
import { normalizeName } from './normalizeName';
import { percent } from './rates';
import { receivedClass } from './received';

// domain.md §7 — onlineServices: distinct procedures of a level with ≥ 1 online dossier received in P, over the catalog's.
/**
 * The "DVC trực tuyến phát sinh hồ sơ" figures of one service level: the procedures of that level
 * with at least one online dossier received inside the period, the catalog's procedures of that
 * level, and the rate between them (`null` without a catalog, never a made-up number).
 */
export function onlineServiceFigures(
  dossiers: readonly Dossier[],
  level: Exclude<ServiceLevel, 'none'>,
  ctx: MetricsContext,
): OnlineServiceLevelFigures {
  const codes = new Set<string>();
  for (const d of dossiers) {
    if (d.channel !== 'online' || receivedClass(d, ctx) !== 'new') continue;
    if (serviceLevelOf(d, ctx) !== level) continue;
    codes.add(d.procedureCode ?? ctx.procedureOf(d)?.code ?? normalizeName(d.procedureName));
  }
  const catalogProcedures = ctx.catalog ? ctx.catalog.filter((p) => p.serviceLevel === level).length : null;
  return {
    procedures: codes.size,
    procedureCodes: [...codes].sort(),
    catalogProcedures,
    rate: percent(codes.size, catalogProcedures),
  };
}

// domain.md §7 — fullOnlineDossierRate = online dossiers of full-level procedures / dossiers received in P.
/** Share of the dossiers received in the period that came online for a full-online procedure. */
export function fullOnlineDossierRate(dossiers: readonly Dossier[], ctx: MetricsContext): number | null {
  let received = 0;
  let fullOnline = 0;
  for (const d of dossiers) {
    if (receivedClass(d, ctx) !== 'new') continue;
    received += 1;
    if (d.channel === 'online' && serviceLevelOf(d, ctx) === 'full') fullOnline += 1;
  }
  return percent(fullOnline, received);
}
