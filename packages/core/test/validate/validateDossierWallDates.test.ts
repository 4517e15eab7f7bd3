import { describe, expect, it } from 'vitest';
import { toWall, validateDossier } from '../../src/index';

// Dates given as numbers of wall milliseconds (the local time read as if UTC), as the import's
// mapping hands them over; checked against the same record with the dates as local ISO text.
const where = { file: 'export.xlsx', sheet: 'Danh sách', row: 12 };
const text = {
  code: 'H26-0001',
  procedureName: 'Đăng ký khai sinh',
  status: 'returned',
  channel: 'online',
  receivedAt: '2026-01-05T08:00:00',
  dueAt: '2026-01-05T17:00:00',
  returnedAt: '2026-01-05T10:00:00',
};
// 05/01/2026 08:00 local is 1767600000000 wall ms: 20458 days × 86 400 000 + 8 × 3 600 000.
const numbers = { ...text, receivedAt: 1_767_600_000_000, dueAt: toWall('2026-01-05T17:00'), returnedAt: toWall('2026-01-05T10:00') };

describe('validateDossier with dates as wall milliseconds', () => {
  it('reads a number as the wall time it holds, the same dossier as its text', () => {
    const r = validateDossier(numbers, where);
    expect(r.ok && r.dossier.receivedAt).toBe('2026-01-05T08:00:00');
    expect(r).toEqual(validateDossier(text, where));
  });

  it('gives the dates as numbers with wallDates, from numbers or from text', () => {
    const fromNumbers = validateDossier(numbers, where, { wallDates: true });
    const fromText = validateDossier(text, where, { wallDates: true });
    expect(fromNumbers.ok && fromNumbers.dossier.receivedAt).toBe(1_767_600_000_000);
    expect(fromText).toEqual(fromNumbers);
  });

  it('applies the rules of the dates to numbers, quoting the dates as local text', () => {
    const ended = validateDossier({ ...numbers, returnedAt: toWall('2026-01-04T10:00') }, where);
    expect(!ended.ok && ended.issues.map((i) => [i.code, i.field, i.input, i.expected])).toEqual([
      ['end_before_received', 'returnedAt', '2026-01-04T10:00:00', 'not before receivedAt 2026-01-05T08:00:00'],
    ]);
    const due = validateDossier({ ...numbers, dueAt: toWall('2026-01-05T07:00') }, where, { wallDates: true });
    expect(due.ok && due.warnings.map((w) => [w.code, w.input])).toEqual([['due_before_received', '2026-01-05T07:00:00']]);
  });

  it('refuses a number that is not whole seconds of years 0100–9999, quoting it', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1.5, 1_767_600_000_001, Date.UTC(10_000, 0, 1), Date.UTC(100, 0, 1) - 1000]) {
      const r = validateDossier({ ...numbers, dueAt: bad }, where);
      expect(!r.ok && r.issues.map((i) => [i.code, i.field, i.input])).toEqual([['invalid_date', 'dueAt', String(bad)]]);
    }
  });
});
