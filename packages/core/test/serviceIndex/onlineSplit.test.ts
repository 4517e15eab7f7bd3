import { describe, expect, it } from 'vitest';
import {
  catalogProblems,
  computeServiceIndex,
  defaultOnlineSplit,
  formatError,
  onlineSplitNote,
  onlineSplitOf,
  parseOnlineSplit,
  ServiceIndex,
  serviceIndexOfUnit,
  serviceIndexUsageErrors,
  type ProcedureCatalog,
} from '../../src/index';
import { raised } from '../errors/_raised';
import { dossier } from '../_dossier';

// docs/qd766-index.md §2 — the split of the online group's 12 points is an assumption, not published.
const period = { from: '2026-01-01', to: '2026-01-31' };
const p = (code: string, serviceLevel: 'none' | 'partial' | 'full') => ({ code, name: `Thủ tục ${code}`, field: 'Hộ tịch', serviceLevel });
// 5 procedures, 4 offered online → A = 4/5 = 0.8.
const catalog: ProcedureCatalog = [p('P1', 'full'), p('P2', 'full'), p('P3', 'partial'), p('P4', 'partial'), p('P5', 'none')];
const d = (code: string, procedureCode: string, channel: 'online' | 'direct', unit = 'Phường A') =>
  dossier({ code, unit, procedureCode, procedureName: `Thủ tục ${procedureCode}`, channel, status: 'processing', dueAt: '2026-02-20T17:00:00' });
// 4 received, 1 online (P1): C = 0.25; B = 1/4 (P1 of P1–P4); A = 0.8.
const dossiers = [d('X1', 'P1', 'online'), d('X2', 'P2', 'direct'), d('X3', 'P3', 'direct'), d('X4', 'P5', 'direct')];

describe('the online split', () => {
  it('is 2 + 4 + 6 by default, named, versioned and marked a hypothesis, in the index and its online group', () => {
    expect(defaultOnlineSplit).toEqual({ name: 'split-2-4-6', version: 1, points: [2, 4, 6], status: 'hypothesis' });
    const index = computeServiceIndex(dossiers, { period, catalog });
    expect(index.assumptions).toEqual({ onlineSplit: defaultOnlineSplit });
    expect(index.groups.online.assumptions.onlineSplit).toEqual(defaultOnlineSplit);
    // 2·min(1, 0.8/0.8) + 4·0.25 + 6·min(1, 0.25/0.5) = 2 + 1 + 3 = 6.
    expect(index.groups.online.score).toBe(6);
  });

  it('changes the online score by the points it gives A, B and C', () => {
    const index = computeServiceIndex(dossiers, { period, catalog, onlineSplit: { points: [3, 4, 5] } });
    const online = index.groups.online;
    // 3·min(1, 0.8/0.8) + 4·0.25 + 5·min(1, 0.25/0.5) = 3 + 1 + 2.5 = 6.5 (was 6 with 2 + 4 + 6).
    expect(online.indicators.map((i) => [i.max, i.score])).toEqual([
      [3, 3],
      [4, 1],
      [5, 2.5],
    ]);
    expect(online).toMatchObject({ score: 6.5, max: 12, computableMax: 12 });
    // One more online dossier of P2 takes C to 0.5: 5 − 2.5 = +2.5 (was +3); P2 or P3 online adds 4 / 4 = 1 of B.
    expect(online.pointsToGain.find((g) => g.procedureCode === 'P2' && g.reason === 'direct_dossiers')?.points).toBe(2.5);
    expect(online.pointsToGain.find((g) => g.procedureCode === 'P2' && g.reason === 'no_online_dossier')?.points).toBe(1);
    expect(index.assumptions.onlineSplit).toEqual({ name: 'split-3-4-5', version: 1, points: [3, 4, 5], status: 'hypothesis' });
    // The other groups do not move.
    const plain = computeServiceIndex(dossiers, { period, catalog });
    expect(index.groups.progress).toEqual(plain.groups.progress);
    expect(index.total).toBe(Math.round((plain.total + 0.5) * 100) / 100);
  });

  it('keeps the name and version a unit gives it; each unit of the input is scored with it', () => {
    const two = [...dossiers, d('Y1', 'P1', 'online', 'Phường B')];
    const index = computeServiceIndex(two, { period, catalog, onlineSplit: { name: 'ha-noi-2027', version: 2, points: [4, 4, 4] } });
    expect(index.assumptions.onlineSplit).toMatchObject({ name: 'ha-noi-2027', version: 2, points: [4, 4, 4] });
    for (const u of index.byUnit) expect(u.groups.online.assumptions.onlineSplit.name).toBe('ha-noi-2027');
    expect(serviceIndexOfUnit(index, 'Phường B')?.assumptions.onlineSplit.name).toBe('ha-noi-2027');
  });

  it('must add up to 12 in three whole numbers ≥ 1', () => {
    for (const points of [[3, 4, 4], [0, 6, 6], [2.5, 4, 5.5], [2, 4, 6, 0], [12, 0, 0]]) {
      const error = raised(() => onlineSplitOf({ points: points as [number, number, number] }));
      expect(error.code, String(points)).toBe('invalid_online_split');
    }
    expect(raised(() => computeServiceIndex([], { period, onlineSplit: { points: [6, 6, 6] } })).code).toBe('invalid_online_split');
  });

  it('is read from text as the CLI and the n8n option take it', () => {
    expect(parseOnlineSplit('3,4,5').points).toEqual([3, 4, 5]);
    expect(parseOnlineSplit(' 3 + 4 + 5 ').name).toBe('split-3-4-5');
    expect(parseOnlineSplit('2 4 6')).toEqual(defaultOnlineSplit);
    for (const text of ['3,4', 'a,b,c', '3,4,4', '', '-2,8,6']) {
      const error = raised(() => parseOnlineSplit(text));
      expect(error.code, text).toBe('invalid_online_split');
      expect(formatError(error, 'vi')).toContain('tổng 12');
      expect(formatError(error, 'en')).toContain('adding up to 12');
    }
    expect(formatError(raised(() => parseOnlineSplit('3,4,4')), 'en')).toMatch(/^Invalid split of the online-service group: 3, 4, 4 \(/);
  });

  it('is stated with its name, version and points, and as a hypothesis, in both languages', () => {
    const note = onlineSplitNote(onlineSplitOf({ points: [3, 4, 5] }));
    expect(note.vi).toBe(
      'Nhóm Dịch vụ công trực tuyến: 12 điểm chia cho các chỉ tiêu A, B, C là 3 + 4 + 5 điểm theo giả định split-3-4-5 (phiên bản 1); cách chia này chưa được công bố chính thức, chỉ là giả thuyết.',
    );
    expect(note.en).toBe(
      'Online services: the 12 points are split 3 + 4 + 5 across A, B, C by the assumption split-3-4-5 (version 1); the split is not published, only a hypothesis.',
    );
  });

  it('reads an index saved before the split was recorded as scored with the default', () => {
    const { assumptions: _a, ...older } = JSON.parse(JSON.stringify(computeServiceIndex(dossiers, { period, catalog }))) as Record<string, unknown>;
    const { assumptions: _g, ...olderOnline } = (older.groups as { online: Record<string, unknown> }).online;
    const parsed = ServiceIndex.parse({ ...older, groups: { ...(older.groups as object), online: olderOnline } });
    expect(parsed.assumptions.onlineSplit).toEqual(defaultOnlineSplit);
    expect(parsed.groups.online.assumptions.onlineSplit).toEqual(defaultOnlineSplit);
  });

  it('has a sound error catalog', () => {
    expect(catalogProblems(serviceIndexUsageErrors, 'usage')).toEqual([]);
  });
});
