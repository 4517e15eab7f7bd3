import { describe, expect, it } from 'vitest';
import { computeMetrics, type ProcedureCatalog } from '../../src/index';
import { dossier, seedPeriod } from '../_dossier';

const catalog: ProcedureCatalog = [
  { code: 'F1', name: 'Thủ tục toàn trình 1', field: 'Hộ tịch', serviceLevel: 'full' },
  { code: 'F2', name: 'Thủ tục toàn trình 2', field: 'Hộ tịch', serviceLevel: 'full' },
  { code: 'F3', name: 'Thủ tục toàn trình 3', field: 'Chứng thực', serviceLevel: 'full' },
  { code: 'P1', name: 'Thủ tục một phần 1', field: 'Đất đai', serviceLevel: 'partial' },
  { code: 'P2', name: 'Thủ tục một phần 2', field: 'Đất đai', serviceLevel: 'partial' },
  { code: 'N1', name: 'Thủ tục không trực tuyến', field: 'Đất đai', serviceLevel: 'none' },
];
const of = (code: string, extra: Parameters<typeof dossier>[0] = {}) => {
  const p = catalog.find((c) => c.code === code)!;
  return dossier({ procedureCode: code, procedureName: p.name, fieldName: undefined, channel: 'online', ...extra });
};

describe('online services (domain.md §7)', () => {
  const dossiers = [
    of('F1', { code: 'a' }),
    of('F1', { code: 'b' }), // same procedure: counted once
    of('F2', { code: 'c', receivedAt: '2025-12-20T08:00:00', submittedAt: undefined }), // received before the period
    of('F3', { code: 'd', channel: 'direct' }), // not online
    of('P2', { code: 'e' }),
    of('N1', { code: 'f' }), // level none
  ];

  it('counts distinct procedures per level with an online dossier received in the period, over the catalog', () => {
    const m = computeMetrics(dossiers, { period: seedPeriod, catalog });
    expect(m.onlineServices.full).toEqual({ procedures: 1, procedureCodes: ['F1'], catalogProcedures: 3, rate: 33.33 });
    expect(m.onlineServices.partial).toEqual({ procedures: 1, procedureCodes: ['P2'], catalogProcedures: 2, rate: 50 });
  });

  it('takes the field from the catalog when the dossier has none', () => {
    const m = computeMetrics(dossiers, { period: seedPeriod, catalog });
    expect(m.byField.map((f) => [f.field, f.received.total])).toEqual([
      ['Chứng thực', 1],
      ['Đất đai', 2],
      ['Hộ tịch', 3],
    ]);
  });

  it('gives no rate without a catalog, never a made-up number', () => {
    const m = computeMetrics(dossiers.map((d) => ({ ...d, serviceLevel: 'full' as const })), { period: seedPeriod });
    expect(m.onlineServices.full.catalogProcedures).toBeNull();
    expect(m.onlineServices.full.rate).toBeNull();
    expect(m.onlineServices.full.procedures).toBe(3);
  });

  it('rounds rates to two decimals as the seed does (7/216 = 3,24 %; 4/161 = 2,48 %)', async () => {
    const { percent } = await import('../../src/index');
    expect(percent(7, 216)).toBe(3.24);
    expect(percent(4, 161)).toBe(2.48);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 0)).toBeNull();
  });

  it('counts the full-online dossier rate over the dossiers received in the period', () => {
    const m = computeMetrics(dossiers, { period: seedPeriod, catalog });
    // new in the period: a, b (F1 online full), d, e, f → 2 of 5
    expect(m.fullOnlineDossierRate).toBe(40);
  });
});
