import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Channel, DossierStatus, ServiceLevel, dossierFieldTable, toWall, type WallDossier } from '@tthc/core';
import { CodeIndex } from '../src/_lib/codeIndex';
import { DossierStore } from '../src/_lib/dossierStore';

// The store's layout comes from the core's field table: every field of the table, set or not,
// must come back as it went in, and its JSON line must be JSON.stringify of what comes back.
const wallDate = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(toWall('2026-01-05T08:00'), toWall('1900-01-01T00:00'), toWall('2100-12-31T23:59:59'), toWall('2026-02-28T17:30:15')),
);
const text = fc.oneof(fc.constant(undefined), fc.constantFrom('Hộ tịch', 'Phường Hải An', 'a "quoted" \\ text', 'ký tự 𝄞'));
const flag = fc.option(fc.boolean(), { nil: undefined });
const dossier = fc.record({
  code: fc.constantFrom('A1', 'H26-0001', 'mã "lạ"'),
  procedureCode: text,
  procedureName: fc.constantFrom('Đăng ký khai sinh', 'Chứng thực'),
  fieldName: text,
  fieldCode: text,
  unit: text,
  channel: fc.constantFrom(...Channel.options),
  serviceLevel: fc.option(fc.constantFrom(...ServiceLevel.options), { nil: undefined }),
  status: fc.constantFrom(...DossierStatus.options),
  submittedAt: wallDate,
  receivedAt: wallDate,
  dueAt: wallDate,
  supplementRequestedAt: wallDate,
  finishedAt: wallDate,
  returnedAt: wallDate,
  // Counts up to 253 are packed in 8 bits, larger ones held apart.
  supplementRequests: fc.option(fc.oneof(fc.nat(9), fc.constantFrom(252, 253, 254, 255, 100_000, 2 ** 40)), { nil: undefined }),
  applicant: text,
  paidOnline: flag,
  hasDigitizedComponents: flag,
  hasElectronicResult: flag,
});

const defined = (d: object) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined));

describe('DossierStore (layout derived from the field table)', () => {
  it('has a generator for every field of the table', () => {
    const sample = fc.sample(dossier, { numRuns: 1, seed: 1 })[0]!;
    expect(Object.keys(sample)).toEqual(dossierFieldTable.map((f) => f.name));
  });

  it('gives back every dossier as stored, keys in table order, and writes it as JSON.stringify would', () => {
    fc.assert(
      fc.property(fc.array(dossier, { minLength: 1, maxLength: 5 }), (list) => {
        const codes = new CodeIndex();
        const store = new DossierStore(codes);
        const kept = new Map<number, WallDossier>();
        for (const d of list) {
          const { index } = codes.intern(d.code);
          const w = defined(d) as WallDossier;
          store.set(index, w);
          kept.set(index, w);
        }
        for (const [index, w] of kept) {
          const back = store.getWall(index);
          expect(back).toEqual(w);
          expect(Object.keys(back)).toEqual(dossierFieldTable.map((f) => f.name).filter((n) => n in w));
          const out = Buffer.alloc(store.jsonLineBound(index));
          const end = store.jsonLineInto(index, out, 0);
          expect(out.toString('utf8', 0, end)).toBe(`${JSON.stringify(store.get(index))}\n`);
        }
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('tells where each kept record was read, beyond 255 inputs and 8 388 607 rows too', () => {
    const codes = new CodeIndex();
    const store = new DossierStore(codes);
    const places = [[0, 0], [3, 17], [255, 4], [256, 4], [7, 8_388_607], [7, 8_388_608], [1000, 20_000_000]] as const;
    const d = { procedureName: 'Chứng thực', channel: 'direct', status: 'accepted' };
    places.forEach(([input, row], i) => store.set(codes.intern(`C${i}`).index, { ...d, code: `C${i}` } as WallDossier, input, row));
    expect(places.map((_, i) => store.where(i))).toEqual(places.map(([input, row]) => ({ input, row })));
    // Set again (a merge) at a place of the layout: the other place is forgotten.
    store.set(6, { ...d, code: 'C6' } as WallDossier, 1, 2);
    expect(store.where(6)).toEqual({ input: 1, row: 2 });
  });
});
