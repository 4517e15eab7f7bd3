import { describe, expect, it } from 'vitest';
import { computeServiceIndex, type ProcedureCatalog } from '../../src/index';
import { dossier } from '../_dossier';

// docs/qd766-index.md §2 — Dịch vụ công trực tuyến = min(2, 2A/0.8) + 4B + min(6, 6C/0.5).
const period = { from: '2026-01-01', to: '2026-01-31' };
const p = (code: string, serviceLevel: 'none' | 'partial' | 'full') => ({ code, name: `Thủ tục ${code}`, field: 'Hộ tịch', serviceLevel });
// 5 procedures, 4 offered online → A = 4/5 = 0.8 exactly.
const catalog: ProcedureCatalog = [p('P1', 'full'), p('P2', 'full'), p('P3', 'partial'), p('P4', 'partial'), p('P5', 'none')];
const d = (code: string, procedureCode: string, channel: 'online' | 'direct' | 'postal') =>
  dossier({ code, procedureCode, procedureName: `Thủ tục ${procedureCode}`, channel, status: 'processing', dueAt: '2026-02-20T17:00:00' });

describe('online group (Dịch vụ công trực tuyến)', () => {
  it('reaches the maximum exactly at the thresholds: A = 0.8 → 2, C = 0.5 → 6', () => {
    // Received: 4 dossiers, 2 online (P1, P3) → C = 2/4 = 0.5 → min(6, 6·0.5/0.5) = 6.
    // B = procedures offered online with an online dossier (P1, P3) / 4 = 0.5 → 4·0.5 = 2.
    // A: min(2, 2·0.8/0.8) = 2. Total 2 + 2 + 6 = 10.
    const online = computeServiceIndex([d('X1', 'P1', 'online'), d('X2', 'P3', 'online'), d('X3', 'P2', 'direct'), d('X4', 'P5', 'direct')], { period, catalog }).groups.online;
    expect(online.indicators.map((i) => [i.code, i.ratio, i.score])).toEqual([
      ['ONLINE_SERVICE_SHARE', 0.8, 2],
      ['ONLINE_SERVICE_USED', 0.5, 2],
      ['ONLINE_DOSSIER_SHARE', 0.5, 6],
    ]);
    expect(online).toMatchObject({ score: 10, max: 12, computableMax: 12, partial: false, A: 0.8, B: 0.5, C: 0.5 });
    expect(online).toMatchObject({ catalogProcedures: 5, onlineCatalogProcedures: 4, proceduresWithOnlineDossiers: 2, receivedNew: 4, receivedOnline: 2 });
    // C at 50% costs nothing: no dossier is listed as lost.
    expect(online.lost).toEqual([]);
    // P2 and P4 have no online dossier: each would add 4 / 4 = 1 point of B.
    expect(online.pointsToGain.map((g) => [g.procedureCode, g.reason, g.points])).toEqual([
      ['P2', 'no_online_dossier', 1],
      ['P4', 'no_online_dossier', 1],
    ]);
  });

  it('scores below the thresholds and lists the dossiers that could have come online', () => {
    // Received: 4, 1 online (P1) → C = 0.25 → 6·0.25/0.5 = 3. B = 1/4 → 1. A = 2. Total 6.
    // Lost for C: the direct dossiers of procedures offered online (X2 of P2, X3 of P3); X4 (P5, not online) is not.
    const online = computeServiceIndex([d('X1', 'P1', 'online'), d('X2', 'P2', 'direct'), d('X3', 'P3', 'postal'), d('X4', 'P5', 'direct')], { period, catalog }).groups.online;
    expect(online.score).toBe(6);
    expect(online.lost.map((l) => [l.code, l.reason, l.indicator])).toEqual([
      ['X2', 'not_online', 'ONLINE_DOSSIER_SHARE'],
      ['X3', 'not_online', 'ONLINE_DOSSIER_SHARE'],
    ]);
    // One more online dossier of P2: C = 2/4 → 6, i.e. +3 points of C; P2 also +1 of B as a new used service.
    expect(online.pointsToGain.find((g) => g.procedureCode === 'P2' && g.reason === 'direct_dossiers')).toMatchObject({ dossiers: 1, points: 3 });
  });

  it('a catalog with no online service: A = 0, B not computable (0/0), C from the dossiers', () => {
    const none: ProcedureCatalog = [p('P5', 'none'), p('P6', 'none')];
    const online = computeServiceIndex([d('X1', 'P5', 'direct')], { period, catalog: none }).groups.online;
    const [a, b, c] = online.indicators;
    expect(a).toMatchObject({ score: 0, ratio: 0, numerator: 0, denominator: 2 });
    expect(b).toMatchObject({ score: null, computable: false });
    expect(b?.reason?.en).toContain('no procedure offered online');
    // C = 0/1 = 0 → 0 points; nothing could have come online (P5 has no online service).
    expect(c).toMatchObject({ score: 0, ratio: 0 });
    expect(online).toMatchObject({ score: 0, computableMax: 8, partial: true, computable: true, lost: [] });
  });

  it('without a catalog only C is computable, and the reason says so', () => {
    const online = computeServiceIndex([d('X1', 'P1', 'online')], { period }).groups.online;
    expect(online).toMatchObject({ score: 6, computableMax: 6, partial: true, A: null, B: null, C: 1, catalogProcedures: null });
    expect(online.reason?.vi).toContain('--catalog');
  });

  it('counts only dossiers received inside the period in C (carried-over ones are not new)', () => {
    const carried = dossier({ code: 'X0', procedureCode: 'P2', channel: 'direct', status: 'processing', receivedAt: '2025-12-20T08:00:00', submittedAt: '2025-12-20T08:00:00', dueAt: '2026-02-20T17:00:00' });
    const online = computeServiceIndex([carried, d('X1', 'P1', 'online')], { period, catalog }).groups.online;
    expect(online).toMatchObject({ receivedNew: 1, receivedOnline: 1, C: 1 });
  });
});
