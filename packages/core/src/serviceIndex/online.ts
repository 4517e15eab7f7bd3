import { wordNote } from '../notes/wordNote';
import { buildGroup, byProcedure, notComputable, ratioIndicator, round2, type IndicatorSpec, type ScoredGroup } from './build';
import { ONLINE_MAX, type OnlineSplit } from './onlineSplit';
import type { LostDossier, OnlineGroup, PointsToGain } from './schema';
import { serviceIndexNotes } from './serviceIndexNotes';
import type { IndexTally } from './tally';

// qd766-online-v1 — docs/qd766-index.md §2 (DVCQG doc id 3.x, reconstructed by ChippedTopaz/qd766):
// min(a, a·A/0.8) + b·B + min(c, c·C/0.5), with [a, b, c] the split of the 12 points (`onlineSplit.ts`:
// not published; 2 + 4 + 6 by default, a hypothesis).

export const ONLINE_VERSION = 'qd766-online-v1';
/** The indicator C, which a dossier received in the period not online costs points in. */
export const ONLINE_DOSSIER_SHARE = 'ONLINE_DOSSIER_SHARE';

/** The three indicators with the points the split gives them; full marks from A = 80% and C = 50%. */
function indicatorsOf([a, b, c]: OnlineSplit['points']): [IndicatorSpec, IndicatorSpec, IndicatorSpec] {
  return [
    { code: 'ONLINE_SERVICE_SHARE', label: 'Tỷ lệ TTHC cung cấp DVC trực tuyến (A)', max: a, score: (r) => Math.min(a, (a * r) / 0.8) },
    { code: 'ONLINE_SERVICE_USED', label: 'Tỷ lệ DVC trực tuyến phát sinh hồ sơ trực tuyến (B)', max: b, score: (r) => b * r },
    { code: ONLINE_DOSSIER_SHARE, label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến (C)', max: c, score: (r) => Math.min(c, (c * r) / 0.5) },
  ];
}


/** Dịch vụ công trực tuyến (12 points, split by `split`), with the dossiers and procedures that would raise it. */
export function onlineGroup(tally: IndexTally, split: OnlineSplit): ScoredGroup<OnlineGroup> {
  const [A, B, C] = indicatorsOf(split.points);
  const { receivedNew, receivedOnline } = tally;
  const catalog = tally.ctx.catalog;
  const onlineCatalog = catalog?.filter((p) => p.serviceLevel !== 'none');

  // B's numerator: catalog procedures with an online dossier received in the period (the metric of domain.md §7).
  const used = new Set([...tally.online.figures('full').procedureCodes, ...tally.online.figures('partial').procedureCodes]);
  const usedCatalog = onlineCatalog?.filter((p) => used.has(p.code)) ?? [];

  const a = catalog
    ? ratioIndicator(A, onlineCatalog?.length ?? 0, catalog.length, wordNote(serviceIndexNotes, 'empty_catalog'))
    : notComputable(A, wordNote(serviceIndexNotes, 'no_catalog'));
  const b = catalog
    ? ratioIndicator(B, usedCatalog.length, onlineCatalog?.length ?? 0, wordNote(serviceIndexNotes, 'no_online_service'))
    : notComputable(B, wordNote(serviceIndexNotes, 'no_catalog'));
  const c = ratioIndicator(C, receivedOnline, receivedNew, wordNote(serviceIndexNotes, 'no_dossier_received'));

  // A dossier costs C points while C < 50%: one received in the period not online, for a procedure offered online.
  const cRatio = c.indicator.ratio;
  const lost: LostDossier[] = cRatio !== null && cRatio < 0.5 ? tally.notOnline : [];

  const pointsToGain: PointsToGain[] = [];
  const bPoints = onlineCatalog && onlineCatalog.length > 0 ? B.max / onlineCatalog.length : 0;
  for (const p of onlineCatalog ?? []) {
    if (!used.has(p.code)) {
      pointsToGain.push({ procedureCode: p.code, procedureName: p.name, field: p.field, reason: 'no_online_dossier', dossiers: 0, points: round2(bPoints) });
    }
  }
  const now = receivedNew > 0 ? C.score(receivedOnline / receivedNew) : 0;
  for (const { first, dossiers } of byProcedure(lost).values()) {
    const gain = C.score((receivedOnline + dossiers) / receivedNew) - now;
    pointsToGain.push({ procedureCode: first.procedureCode, procedureName: first.procedureName, field: first.field, reason: 'direct_dossiers', dossiers, points: round2(gain) });
  }
  pointsToGain.sort((x, y) => y.points - x.points || x.procedureName.localeCompare(y.procedureName, 'vi'));

  const { group, raw } = buildGroup({ label: 'Dịch vụ công trực tuyến', formulaVersion: ONLINE_VERSION, max: ONLINE_MAX }, [a, b, c], lost, pointsToGain);
  return {
    group: {
      ...group,
      catalogProcedures: catalog?.length ?? null,
      onlineCatalogProcedures: onlineCatalog?.length ?? null,
      proceduresWithOnlineDossiers: usedCatalog.length,
      receivedNew,
      receivedOnline,
      A: a.indicator.ratio,
      B: b.indicator.ratio,
      C: cRatio,
      assumptions: { onlineSplit: split },
    },
    raw,
  };
}
