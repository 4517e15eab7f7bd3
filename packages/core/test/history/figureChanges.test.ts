import { describe, expect, it } from 'vitest';
import { computeMetrics, figureChanges, type Metrics } from '../../src/index';

const period = { from: '2025-12-01', to: '2025-12-31' };
/** Metrics of no dossier with some figures set by hand. */
function figures(set: { received?: number; resolved?: number; early?: number; onTime?: number; late?: number; overdue?: number; online?: number | null; onTimeRate?: number | null }): Metrics {
  const m = computeMetrics([], { period });
  return {
    ...m,
    received: { ...m.received, total: set.received ?? 0 },
    resolved: { ...m.resolved, total: set.resolved ?? 0, early: set.early ?? 0, onTime: set.onTime ?? 0, late: set.late ?? 0 },
    inProgress: { ...m.inProgress, overdue: set.overdue ?? 0 },
    onlineDossierRate: set.online ?? null,
    onTimeRate: set.onTimeRate ?? null,
  };
}

describe('figureChanges', () => {
  it('words counts by dossiers and share, rates by percentage points (checked by hand)', () => {
    const now = figures({ received: 328, resolved: 105, early: 10, onTime: 95, late: 0, overdue: 2, online: 20.5, onTimeRate: 100 });
    const then = figures({ received: 316, resolved: 108, early: 7, onTime: 98, late: 0, overdue: 0, online: 18, onTimeRate: 95.45 });
    const changes = figureChanges(now, then);
    expect(changes.map((c) => c.note.vi)).toEqual([
      'tiếp nhận tăng 12 hồ sơ (3,8%)', // 12 / 316 = 3.797 %
      'đã giải quyết giảm 3 hồ sơ (2,8%)', // 3 / 108 = 2.777 %
      'giải quyết đúng hạn, trước hạn không thay đổi', // 105 = 105
      'giải quyết quá hạn không thay đổi',
      'quá hạn đang xử lý tăng 2 hồ sơ', // from 0: no share
      'tỷ lệ hồ sơ trực tuyến tăng 2,5 điểm phần trăm',
      'tỷ lệ giải quyết đúng hạn tăng 4,55 điểm phần trăm',
    ]);
    expect(changes[0]).toMatchObject({ figure: 'received', now: 328, then: 316, direction: 'up', by: 12, percent: 3.8 });
    expect(changes[0]?.note.en).toBe('received up 12 (3.8%)');
  });

  it('says a rate unknown in either period is not comparable', () => {
    const [, , , , , online] = figureChanges(figures({ online: null }), figures({ online: 10 }));
    expect(online).toMatchObject({ direction: null, by: null, note: { vi: 'tỷ lệ hồ sơ trực tuyến không so sánh được' } });
  });
});
