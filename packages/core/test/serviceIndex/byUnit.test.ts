import { describe, expect, it } from 'vitest';
import { computeServiceIndex, ServiceIndex, type ProcedureCatalog } from '../../src/index';
import { dossier } from '../_dossier';

// docs/qd766-index.md §"Units" — a city-like input: each unit's index is computed from its own dossiers alone.
const period = { from: '2026-01-01', to: '2026-01-31' };
const catalog: ProcedureCatalog = [
  { code: 'P1', name: 'Đăng ký khai sinh', field: 'Hộ tịch', serviceLevel: 'full' },
  { code: 'P2', name: 'Chứng thực bản sao', field: 'Chứng thực', serviceLevel: 'partial' },
];
const open = (code: string, unit: string, due: string, channel: 'online' | 'direct' = 'direct', procedureCode = 'P1') =>
  dossier({ code, unit, procedureCode, channel, status: 'processing', dueAt: `${due}T17:00:00` });
const returned = (code: string, unit: string, due: string, end: string) =>
  dossier({ code, unit, procedureCode: 'P2', status: 'returned', dueAt: `${due}T17:00:00`, returnedAt: `${end}T08:00:00` });

const dossiers = [
  // Phường A: 4 received; late: A2 (returned after due), A4 (open, overdue) → progress 20 × 2/4 = 10.
  // Online: 1 of 4 online (C = 0.25 → 3), B = 1/2 (P1 only) → 2, A = 2/2 → 2; 7 points.
  open('A1', 'Phường A', '2026-02-05', 'online'),
  returned('A2', 'Phường A', '2026-01-10', '2026-01-12'),
  returned('A3', 'Phường A', '2026-01-10', '2026-01-10'),
  open('A4', 'Phường A', '2026-01-20'),
  // Phường B: 2 received, both on time → 20. Online: 0/2 → C 0, B 0, A 2 → 2 points.
  open('B1', 'Phường B', '2026-01-31'),
  returned('B2', 'Phường B', '2026-01-15', '2026-01-14'),
  // Xã C: 1 received, late after two supplement requests → 0. Online: 1/1 (P2) → C 6, B 1/2 → 2, A 2 → 10.
  dossier({ code: 'C1', unit: 'Xã C', procedureCode: 'P2', channel: 'online', status: 'returned', dueAt: '2026-01-20T17:00:00', returnedAt: '2026-01-19T08:00:00', supplementRequests: 2 }),
];

describe('byUnit', () => {
  const index = computeServiceIndex(dossiers, { period, catalog });

  it('gives each unit the scores of its own dossiers, computed alone', () => {
    expect(index.byUnit.map((u) => u.unit)).toEqual(['Phường A', 'Phường B', 'Xã C']);
    for (const u of index.byUnit) {
      const alone = computeServiceIndex(dossiers.filter((d) => d.unit === u.unit), { period, catalog });
      expect(alone.byUnit).toEqual([]);
      expect({ total: u.total, max: u.max, grade: u.grade, groups: u.groups }).toEqual({ total: alone.total, max: alone.max, grade: alone.grade, groups: alone.groups });
    }
  });

  it('matches the hand-computed progress and online scores of each unit', () => {
    expect(index.byUnit.map((u) => [u.unit, u.groups.progress.score, u.groups.online.score])).toEqual([
      ['Phường A', 10, 7],
      ['Phường B', 20, 2],
      ['Xã C', 0, 10],
    ]);
    // The whole city: 7 received, 4 on time → 20 × 4/7 = 11.43; online 2/7 → C = 6·(2/7)/0.5 = 3.43, B = 2/2 → 4, A → 2: 9.43.
    expect(index.groups.progress.score).toBe(11.43);
    expect(index.groups.online.score).toBe(9.43);
  });

  it('lists exactly the dossiers that are not on time, for the city and for each unit', () => {
    expect(index.groups.progress.lost.map((l) => [l.code, l.unit, l.reason])).toEqual([
      ['A2', 'Phường A', 'late'],
      ['A4', 'Phường A', 'overdue_open'],
      ['C1', 'Xã C', 'supplement_more_than_once'],
    ]);
    expect(index.byUnit.map((u) => u.groups.progress.lost.map((l) => l.code))).toEqual([['A2', 'A4'], [], ['C1']]);
  });

  it('matches its zod schema (the published service-index.schema.json)', () => {
    expect(ServiceIndex.parse(JSON.parse(JSON.stringify(index)))).toEqual(index);
  });

  it('has no byUnit for a single unit', () => {
    expect(computeServiceIndex(dossiers.slice(0, 4), { period, catalog }).byUnit).toEqual([]);
  });

  it('never carries personal data', () => {
    const withApplicant = dossiers.map((d) => ({ ...d, applicant: 'Nguyễn Văn Bí Mật' }));
    expect(JSON.stringify(computeServiceIndex(withApplicant, { period, catalog }))).not.toContain('Bí Mật');
  });
});
