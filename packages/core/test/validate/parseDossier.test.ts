import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dossier,
  DossierStatus,
  InputError,
  InvalidDossierError,
  dossierFieldTable,
  dossierFields,
  parseDossier,
  safeParseDossier,
} from '../../src/index';
import { dossier } from '../_dossier';

describe('parseDossier / safeParseDossier', () => {
  it('gives a raw record in canonical form: identifiers for portal codes, dates with seconds, keys in table order', () => {
    const d = parseDossier({
      procedureName: ' Đăng ký khai sinh ',
      code: 'A1',
      status: 10,
      channel: '2',
      serviceLevel: 4,
      receivedAt: '2026-01-05T08:00',
      dueAt: '2026-01-05T17:00',
      returnedAt: '2026-01-05T10:00',
    });
    expect(d).toEqual({
      code: 'A1',
      procedureName: 'Đăng ký khai sinh',
      channel: 'online',
      serviceLevel: 'full',
      status: 'returned',
      receivedAt: '2026-01-05T08:00:00',
      dueAt: '2026-01-05T17:00:00',
      returnedAt: '2026-01-05T10:00:00',
    });
    expect(Object.keys(d)).toEqual(dossierFields.filter((f) => f in d));
  });

  it('refuses 30/02 as the zod schema does, naming the field and the value', () => {
    const record = dossier({ receivedAt: '2026-02-30T10:00' });
    const r = safeParseDossier(record, { location: { file: 'x.jsonl', row: 3 } });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(InvalidDossierError);
    expect(r.error).toBeInstanceOf(InputError);
    expect(r.error.issues).toEqual([
      { code: 'invalid_date', path: { file: 'x.jsonl', row: 3 }, dossierCode: 'HS-1', field: 'receivedAt', input: '2026-02-30T10:00', expected: 'YYYY-MM-DDTHH:mm[:ss]' },
    ]);
    expect(r.error.message).toContain('x.jsonl, dòng 3');
    expect(r.error.message).toContain('x.jsonl, row 3: unreadable date');
    expect(Dossier.safeParse(record).success).toBe(false);
    expect(() => parseDossier(record)).toThrow(InvalidDossierError);
  });

  it('refuses a dossier that would break the identities of §7 (ended before it was received)', () => {
    const record = dossier({ status: 'returned', returnedAt: '2026-01-04T10:00:00' });
    const r = safeParseDossier(record);
    expect(!r.success && r.error.issues.map((i) => i.code)).toEqual(['end_before_received']);
    expect(Dossier.safeParse(record).success).toBe(false);
  });

  it('gives the warnings of an accepted record (no channel, read as direct)', () => {
    const { channel: _, ...record } = dossier();
    const r = safeParseDossier(record);
    expect(r.success && r.data.channel).toBe('direct');
    expect(r.success && r.warnings.map((w) => w.code)).toEqual(['missing_channel']);
  });

  it('drops the applicant unless asked for', () => {
    const record = { ...dossier(), applicant: 'Nguyễn Văn A' };
    expect(parseDossier(record).applicant).toBeUndefined();
    expect(parseDossier(record, { keepApplicant: true }).applicant).toBe('Nguyễn Văn A');
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 'x', 3, [dossier()]]) {
      const r = safeParseDossier(value);
      expect(!r.success && r.error.issues[0]?.code).toBe('invalid_syntax');
    }
  });
});

// The zod schema and the fast validator come from one field table and one set of rules: on
// canonical records (identifiers, trimmed texts, dates with seconds) they must agree, and when
// both accept, give the same dossier.
const date = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('2026-01-05T08:00:00', '2026-01-04T10:00:00', '2026-01-09T17:00:00', '2026-02-30T10:00:00', '2025-12-31T23:59:59', '2026-13-01T00:00:00'),
);
const record = fc.record(
  {
    code: fc.constantFrom('A1', 'H26-0001'),
    procedureName: fc.constantFrom('Đăng ký khai sinh', 'Chứng thực bản sao'),
    procedureCode: fc.option(fc.constant('1.001193'), { nil: undefined }),
    channel: fc.constantFrom('direct', 'online', 'postal'),
    serviceLevel: fc.option(fc.constantFrom('none', 'partial', 'full'), { nil: undefined }),
    status: fc.constantFrom(...DossierStatus.options),
    submittedAt: date,
    receivedAt: date,
    dueAt: date,
    supplementRequestedAt: date,
    finishedAt: date,
    returnedAt: date,
    supplementRequests: fc.option(fc.nat(3), { nil: undefined }),
    paidOnline: fc.option(fc.boolean(), { nil: undefined }),
  },
  { requiredKeys: ['code', 'procedureName', 'channel', 'status'] },
);

describe('the zod schema and the fast validator agree', () => {
  it('on random canonical records (every status, real and impossible dates)', () => {
    fc.assert(
      fc.property(record, (raw) => {
        const r = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        const zod = Dossier.safeParse(r);
        const fast = safeParseDossier(r);
        expect(fast.success).toBe(zod.success);
        if (fast.success && zod.success) expect(fast.data).toEqual(zod.data);
      }),
      { numRuns: 400, seed: 20261201 },
    );
  });

  it('the field table lists every field of the schema, once', () => {
    expect(dossierFieldTable.map((f) => f.name)).toEqual(Object.keys(Dossier.shape));
    expect(new Set(dossierFields).size).toBe(dossierFields.length);
  });
});
