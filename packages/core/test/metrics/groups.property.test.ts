import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeMetrics, emptyCounts, formatLocalDateTime, toWall, validateDossier, type Counts, type Dossier,
} from '../../src/index';
import { classifyDossier } from '../../src/metrics/classifyDossier';
import { createMetricsContext, fieldOf } from '../../src/metrics/context';
import { addToCounts } from '../../src/metrics/counts';

// domain.md §7 — each figure by field, unit and procedure is the sum, over its dossiers, of where
// each falls: the tally counts a dossier once in its group and sums the groups; here every
// dossier is added to every figure it belongs to, one at a time, and the two must agree.
const base = toWall('2025-12-01T00:00:00');
const at = (m: number) => formatLocalDateTime(base + m * 60_000);

const raw = fc.record({
  status: fc.integer({ min: 1, max: 10 }),
  channel: fc.constantFrom(1, 2, 3),
  received: fc.integer({ min: 0, max: 40 * 1440 }),
  due: fc.integer({ min: -2000, max: 20000 }),
  end: fc.integer({ min: 0, max: 30000 }),
  procedure: fc.constantFrom('1.001', '1.002', undefined),
  name: fc.constantFrom('Khai sinh', 'Kết hôn', 'Chứng thực'),
  field: fc.constantFrom('Hộ tịch', 'Chứng thực', undefined),
  unit: fc.constantFrom('Phường A', 'Phường B', undefined),
});

function add(map: Map<string, Counts>, key: string, c: NonNullable<ReturnType<typeof classifyDossier>>): void {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = emptyCounts()));
  addToCounts(counts, c);
}

describe('figures by field, unit and procedure (property)', () => {
  it('are the sums of their dossiers, one at a time', () => {
    fc.assert(
      fc.property(fc.array(raw, { maxLength: 80 }), (raws) => {
        const dossiers: Dossier[] = [];
        raws.forEach((r, i) => {
          const result = validateDossier(
            { code: `HS-${i}`, procedureCode: r.procedure, procedureName: r.name, status: r.status, channel: r.channel, fieldName: r.field, unit: r.unit,
              receivedAt: at(r.received), dueAt: at(r.received + r.due), finishedAt: at(r.received + r.end) },
            { file: 'property', row: i + 1 },
          );
          if (result.ok) dossiers.push(result.dossier);
        });
        const period = { from: '2025-12-10', to: '2025-12-31' };
        const m = computeMetrics(dossiers, { period });
        const ctx = createMetricsContext({ period });
        const total = emptyCounts();
        const byField = new Map<string, Counts>();
        const byUnit = new Map<string, Counts>();
        const byUnitField = new Map<string, Counts>();
        const byProcedure = new Map<string, Counts>();
        for (const d of dossiers) {
          const c = classifyDossier(d, ctx);
          if (!c) continue;
          const field = fieldOf(d, ctx);
          const unit = d.unit ?? 'Chưa xác định đơn vị';
          addToCounts(total, c);
          add(byField, field, c);
          add(byUnit, unit, c);
          add(byUnitField, `${unit}|${field}`, c);
          add(byProcedure, d.procedureCode ?? `name:${d.procedureName}`, c);
        }
        const countsOf = (x: Counts): Counts => ({ received: x.received, resolved: x.resolved, inProgress: x.inProgress, lateReceived: x.lateReceived });
        expect(countsOf(m)).toEqual(total);
        expect(Object.fromEntries(m.byField.map((f) => [f.field, countsOf(f)]))).toEqual(Object.fromEntries(byField));
        expect(Object.fromEntries(m.byUnit.map((u) => [u.unit, countsOf(u)]))).toEqual(Object.fromEntries(byUnit));
        expect(Object.fromEntries(m.byUnit.flatMap((u) => u.byField.map((f) => [`${u.unit}|${f.field}`, countsOf(f)])))).toEqual(Object.fromEntries(byUnitField));
        expect(Object.fromEntries(m.byProcedure.map((p) => [p.procedureCode ?? `name:${p.procedureName}`, countsOf(p)]))).toEqual(Object.fromEntries(byProcedure));
      }),
      { numRuns: 200 },
    );
  });
});
