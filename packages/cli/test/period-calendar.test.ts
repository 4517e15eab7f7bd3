import { describe, expect, it } from 'vitest';
import { tthc } from './_run';

const json = async (...argv: string[]) => {
  const r = await tthc(...argv, '--json');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('tthc period', () => {
  it('prints calendar and Nghị định 09 periods', async () => {
    expect(await json('period', 'week', '2026-W02')).toEqual({ from: '2026-01-05', to: '2026-01-11' });
    expect(await json('period', 'quarter', '2025-Q4')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(await json('period', 'quarter', '2025-Q4', '--cutoff', 'nd09')).toEqual({ from: '2025-09-15', to: '2025-12-14' });
    expect(await json('period', 'half', '2026-H1', '--cutoff', 'nd09')).toEqual({ from: '2025-12-15', to: '2026-06-14' });
    expect(await json('period', 'year', '2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('exits 2 on a bad label or kind', async () => {
    expect((await tthc('period', 'month', '2026-13')).code).toBe(2);
    expect((await tthc('period', 'fortnight', '2026-01')).code).toBe(2);
    expect((await tthc('period', 'month', '2026-01', '--cutoff', 'fiscal')).code).toBe(2);
  });
});

describe('tthc calendar', () => {
  it('converts to the Vietnamese lunar calendar', async () => {
    expect(await json('calendar', 'lunar', '2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    // 2007: Tết fell on 17/02 in Vietnam (UTC+7) and on 18/02 in China.
    expect(await json('calendar', 'lunar', '2007-02-17')).toEqual({ day: 1, month: 1, year: 2007, leap: false });
  });

  it('lists the days off of a year with their kind', async () => {
    const days = await json('calendar', 'holidays', '2026');
    expect(days).toContainEqual(expect.objectContaining({ date: '2026-01-02', kind: 'dayOff' }));
    expect(days).toContainEqual(expect.objectContaining({ date: '2026-01-10', kind: 'makeUpWorkday' }));
    expect(days.filter((d: { kind: string }) => d.kind === 'holiday').map((d: { date: string }) => d.date)).toContain('2026-02-17');
  });

  it('adds working days across holidays, days off and make-up Saturdays', async () => {
    // Wed 31/12 08:00 + 1 → Mon 05/01 08:00 (01/01 holiday, 02/01 day off, weekend); + 2 → Tue 06/01.
    expect(await json('calendar', 'add-working-days', '2025-12-31T08:00', '1')).toEqual({ result: '2026-01-05T08:00' });
    expect(await json('calendar', 'add-working-days', '2025-12-31T08:00', '2')).toEqual({ result: '2026-01-06T08:00' });
    // Fri 09/01 08:00 + 1 → Sat 10/01 08:00, a make-up working Saturday.
    expect(await json('calendar', 'add-working-days', '2026-01-09T08:00', '1')).toEqual({ result: '2026-01-10T08:00' });
  });

  it('exits 2 on a malformed date', async () => {
    expect((await tthc('calendar', 'lunar', '17/02/2026')).code).toBe(2);
    expect((await tthc('calendar', 'add-working-days', '2026-01-09', '1')).code).toBe(2);
  });
});
