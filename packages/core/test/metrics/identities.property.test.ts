import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMetrics, formatLocalDateTime, toWall, validateDossier, type Dossier, type WallDossier } from '../../src/index';

// domain.md §7 — the identities hold for any set of dossiers that validation accepts.
const base = toWall('2025-12-01T00:00:00');
const minute = 60_000;
const at = (m: number) => formatLocalDateTime(base + m * minute);
const span = 60 * 24 * 60; // two months of minutes

const rawDossier = fc.record({
  status: fc.integer({ min: 1, max: 10 }),
  channel: fc.constantFrom(1, 2, 3, undefined),
  received: fc.integer({ min: 0, max: span }),
  submittedBefore: fc.integer({ min: 0, max: 3000 }),
  due: fc.integer({ min: -2000, max: 20000 }),
  end: fc.integer({ min: -3000, max: 30000 }),
  field: fc.constantFrom('Hộ tịch', 'Chứng thực', undefined),
  unit: fc.constantFrom('A', 'B', undefined),
  supplement: fc.option(fc.integer({ min: 0, max: 20000 })),
});

describe('identities (property)', () => {
  it('received = carried over + new = resolved + in progress, and every sub-total adds up', () => {
    fc.assert(
      fc.property(fc.array(rawDossier, { maxLength: 60 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20 }), (raws, startDay, length) => {
        const dossiers: Dossier[] = [];
        const walls: WallDossier[] = [];
        raws.forEach((r, i) => {
          const raw = {
            code: `HS-${i}`,
            procedureName: 'Thủ tục',
            status: r.status,
            channel: r.channel,
            fieldName: r.field,
            unit: r.unit,
            submittedAt: at(r.received - r.submittedBefore),
            receivedAt: at(r.received),
            dueAt: at(r.received + r.due),
            finishedAt: at(r.received + r.end),
            supplementRequestedAt: r.supplement === null ? undefined : at(r.received + r.supplement),
          };
          const result = validateDossier(raw, { file: 'property', row: i + 1 });
          if (result.ok) dossiers.push(result.dossier);
          const wall = validateDossier(raw, { file: 'property', row: i + 1 }, { wallDates: true });
          if (wall.ok) walls.push(wall.dossier);
        });
        const from = formatLocalDateTime(base + startDay * 1440 * minute).slice(0, 10);
        const to = formatLocalDateTime(base + (startDay + length) * 1440 * minute).slice(0, 10);
        const m = computeMetrics(dossiers, { period: { from, to } });
        // The same figures from the dates as wall milliseconds (what the import's store hands out).
        expect(computeMetrics(walls, { period: { from, to } })).toEqual(m);
        for (const c of [m, ...m.byField, ...m.byUnit, ...m.byProcedure]) {
          expect(c.received.total).toBe(c.received.carriedOver + c.received.new.total);
          expect(c.received.new.total).toBe(c.received.new.online + c.received.new.direct + c.received.new.postal);
          expect(c.resolved.total).toBe(c.resolved.early + c.resolved.onTime + c.resolved.late + c.resolved.withdrawnOrRejected);
          expect(c.inProgress.total).toBe(c.inProgress.withinDeadline + c.inProgress.overdue);
          expect(c.inProgress.overdueReceivedInPeriod).toBeLessThanOrEqual(c.inProgress.overdue);
          expect(c.received.total).toBe(c.resolved.total + c.inProgress.total);
        }
        const sum = (xs: { received: { total: number } }[]) => xs.reduce((s, x) => s + x.received.total, 0);
        expect(sum(m.byField)).toBe(m.received.total);
        expect(sum(m.byUnit)).toBe(m.received.total);
      }),
      { numRuns: 300 },
    );
  });
});
