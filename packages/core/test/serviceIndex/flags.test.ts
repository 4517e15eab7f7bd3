import { describe, expect, it } from 'vitest';
import { computeServiceIndex } from '../../src/index';
import { dossier } from '../_dossier';

// docs/qd766-index.md §3–6 — payment and digitisation from the dossier flags; transparency and satisfaction not computable.
const period = { from: '2026-01-01', to: '2026-01-31' };
const done = (code: string, flags: object) => dossier({ code, status: 'returned', dueAt: '2026-01-10T17:00:00', returnedAt: '2026-01-09T08:00:00', ...flags });

describe('payment group (Thanh toán trực tuyến)', () => {
  it('scores A = paid online ÷ dossiers stating the flag × 6; B and C are not computable', () => {
    // 4 received, 3 state paidOnline, 2 of them true → A = 2/3 → 6·2/3 = 4 points of 6.
    const dossiers = [done('A', { paidOnline: true }), done('B', { paidOnline: true }), done('C', { paidOnline: false }), done('D', {})];
    const payment = computeServiceIndex(dossiers, { period }).groups.payment;
    expect(payment).toMatchObject({ score: 4, max: 10, computableMax: 6, computable: true, partial: true });
    expect(payment.indicators[0]).toMatchObject({ numerator: 2, denominator: 3, ratio: 0.6667, score: 4 });
    expect(payment.indicators.slice(1).map((i) => i.score)).toEqual([null, null]);
    expect(payment.lost.map((l) => [l.code, l.reason])).toEqual([['C', 'not_paid_online']]);
  });

  it('is not computable when no dossier states the flag', () => {
    const payment = computeServiceIndex([done('A', {})], { period }).groups.payment;
    expect(payment).toMatchObject({ score: null, computable: false, computableMax: 0 });
    expect(payment.reason?.en).toContain('paidOnline');
  });
});

describe('digitisation group (Số hóa hồ sơ)', () => {
  it('electronic results over dossiers resolved with a result; reuse of digitised data full at 80%', () => {
    // Resolved with a result: A, B, C, D (E is withdrawn). Electronic result stated by all four, true for 3 → 6·3/4 = 4.5.
    // Received in the period: A–E. Digitised components stated by 5, true for 4 → 4/5 = 0.8 → min(2, 2·0.8/0.8) = 2 (tie).
    const dossiers = [
      done('A', { hasElectronicResult: true, hasDigitizedComponents: true }),
      done('B', { hasElectronicResult: true, hasDigitizedComponents: true }),
      done('C', { hasElectronicResult: true, hasDigitizedComponents: true }),
      done('D', { hasElectronicResult: false, hasDigitizedComponents: true }),
      dossier({ code: 'E', status: 'withdrawn', returnedAt: '2026-01-06T08:00:00', hasElectronicResult: false, hasDigitizedComponents: false }),
    ];
    const digitization = computeServiceIndex(dossiers, { period }).groups.digitization;
    const byCode = Object.fromEntries(digitization.indicators.map((i) => [i.code, i]));
    expect(byCode.ORIGINAL_RESULT_AVAILABLE).toMatchObject({ numerator: 3, denominator: 4, score: 4.5 });
    expect(byCode.REUSED_DIGITIZED_DATA).toMatchObject({ numerator: 4, denominator: 5, score: 2 });
    expect(digitization).toMatchObject({ score: 6.5, max: 22, computableMax: 8, partial: true });
    // At 80% the reuse indicator costs nothing; D lost electronic-result points.
    expect(digitization.lost.map((l) => [l.code, l.reason])).toEqual([['D', 'no_electronic_result']]);
  });
});

describe('groups not computable from dossiers', () => {
  const index = computeServiceIndex([done('A', {}), dossier({ code: 'B', status: 'processing', dueAt: '2026-01-31T17:00:00' })], { period });

  it('transparency: score null, computable false, the reason in both languages, never 0', () => {
    const g = index.groups.transparency;
    expect(g).toMatchObject({ score: null, computable: false, max: 18, computableMax: 0 });
    expect(g.reason?.vi).toMatch(/không tính được/);
    expect(g.reason?.en).toMatch(/not computable/);
    expect(g.indicators.every((i) => i.score === null && i.reason !== undefined)).toBe(true);
  });

  it('satisfaction: the overdue share is shown among its indicators; the group score stays null', () => {
    const g = index.groups.satisfaction;
    expect(g).toMatchObject({ score: null, computable: false, max: 18 });
    // 2 dossiers, 0 not on time → r ≤ 1 → the indicator can score at most min(6, 6·1/0.9) = 6.
    expect(g.indicators[2]).toMatchObject({ code: 'DOSSIER_RECEIVING_SATISFACTION', score: null, numerator: 0, denominator: 2, scoreAtMost: 6 });
  });

  it('the total covers the computable groups only, with the maximum it is out of, and no grade', () => {
    // progress 20/20 (both on time); online: C = 0/2 (no catalog) → 0 of 6; payment and digitisation: no flags.
    expect(index.total).toBe(20);
    expect(index.max).toBe(26);
    expect(index.grade).toBeNull();
    expect(index.gradeReason?.en).toContain('six groups');
  });
});
