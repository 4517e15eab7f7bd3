import { validateDossier, type Dossier, type WallDossier } from '../src/index';

/** A valid dossier for tests: received direct on Mon 05/01/2026 08:00, due the same day 17:00, open. */
export function dossier(overrides: Partial<Dossier> & { code?: string } = {}): Dossier {
  return {
    code: 'HS-1',
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    fieldName: 'Hộ tịch',
    channel: 'direct',
    status: 'processing',
    submittedAt: '2026-01-05T08:00:00',
    receivedAt: '2026-01-05T08:00:00',
    dueAt: '2026-01-05T17:00:00',
    ...overrides,
  };
}

/** The seed's period: 25/12/2025–07/01/2026. */
export const seedPeriod = { from: '2025-12-25', to: '2026-01-07' } as const;

/** The same dossier with its date-times as wall milliseconds, as the import's store holds it (`validateDossier` with `wallDates`). */
export function wall(d: Dossier): WallDossier {
  const r = validateDossier(d, { file: 'test' }, { wallDates: true, keepApplicant: true });
  if (!r.ok) throw new Error(`invalid test dossier ${d.code}: ${r.issues.map((i) => i.code).join(', ')}`);
  return r.dossier;
}

/** The items as an iterable that can be read only once, as a store's pass is: a second pass throws. */
export function once<T>(items: readonly T[]): Iterable<T> {
  let read = false;
  return {
    [Symbol.iterator]() {
      if (read) throw new Error('read twice');
      read = true;
      return items[Symbol.iterator]();
    },
  };
}
