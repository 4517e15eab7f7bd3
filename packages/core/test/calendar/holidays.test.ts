import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysOffForYear, officialDaysOff, parseDaysOffCsv, publicHolidays } from '../../src/calendar/index';

const brief = (days: { date: string; kind: string }[]) => days.map((d) => `${d.date} ${d.kind}`);

describe('publicHolidays (Bộ luật Lao động 2019 Điều 112, computed)', () => {
  it('2026: the computed holidays and nghỉ bù are the official ones, the swaps aside', () => {
    // Official 2026 without the swaps (02/01 ↔ 10/01, 31/08 ↔ 22/08), which only notices decide.
    const official = officialDaysOff.filter(
      (d) => d.date.startsWith('2026-') && !d.name.startsWith('Hoán đổi') && d.kind !== 'makeUpWorkday',
    );
    expect(brief(publicHolidays(2026))).toEqual(brief(official));
    expect(brief(official)).toEqual([
      '2026-01-01 holiday',
      '2026-02-16 holiday',
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-04-26 holiday',
      '2026-04-27 dayOff',
      '2026-04-30 holiday',
      '2026-05-01 holiday',
      '2026-09-01 holiday',
      '2026-09-02 holiday',
    ]);
  });

  it('2027 (no official schedule yet): Tết 05–09/02 with nghỉ bù 10–11/02, Giỗ Tổ 16/04, nghỉ bù 03/05, Quốc khánh 01–02/09', () => {
    // 01/01/2027 Fri. Tết: mùng 1 = Sat 06/02, eve 29 Chạp = Fri 05/02; Sat 06 and Sun 07 → Wed 10, Thu 11.
    // Giỗ Tổ Fri 16/04; 30/04 Fri; 01/05 Sat → Mon 03/05; 02/09 Thu → adjacent day Wed 01/09.
    expect(brief(publicHolidays(2027))).toEqual([
      '2027-01-01 holiday',
      '2027-02-05 holiday',
      '2027-02-06 holiday',
      '2027-02-07 holiday',
      '2027-02-08 holiday',
      '2027-02-09 holiday',
      '2027-02-10 dayOff',
      '2027-02-11 dayOff',
      '2027-04-16 holiday',
      '2027-04-30 holiday',
      '2027-05-01 holiday',
      '2027-05-03 dayOff',
      '2027-09-01 holiday',
      '2027-09-02 holiday',
    ]);
    expect(publicHolidays(2027)[1]?.name).toBe('Tết Nguyên đán – 29 tháng Chạp (ngày cuối năm âm lịch)');
    expect(publicHolidays(2027).every((d) => d.source?.includes('Điều 112'))).toBe(true);
  });

  it('gives nghỉ bù on the next working day for 1/1 on a Sunday (2023), as the official notice did', () => {
    expect(brief(publicHolidays(2023).slice(0, 2))).toEqual(['2023-01-01 holiday', '2023-01-02 dayOff']);
  });

  it('Quốc khánh: 2/9 on a Sunday (2029) → 3/9 with nghỉ bù 4/9; on a Monday (2030) → 3/9', () => {
    expect(brief(publicHolidays(2029).filter((d) => d.date >= '2029-08-31'))).toEqual([
      '2029-09-02 holiday',
      '2029-09-03 holiday',
      '2029-09-04 dayOff',
    ]);
    expect(brief(publicHolidays(2030).filter((d) => d.date >= '2030-08-31'))).toEqual(['2030-09-02 holiday', '2030-09-03 holiday']);
  });

  it('keeps one entry per date when Giỗ Tổ falls on 30/4 (1947) and gives a nghỉ bù for it', () => {
    const days = publicHolidays(1947);
    expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
    const both = days.find((d) => d.date === '1947-04-30');
    expect(both?.name).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch) + Ngày Chiến thắng');
    // 30/04/1947 Wed (two holidays), 01/05 Thu → nghỉ bù Fri 02/05.
    expect(days.find((d) => d.date === '1947-05-02')?.kind).toBe('dayOff');
  });
});

describe('officialDaysOff', () => {
  it('is the data of data/official-days-off.csv (the generated module is up to date)', () => {
    const csv = readFileSync(join(__dirname, '../../data/official-days-off.csv'), 'utf8');
    const parsed = parseDaysOffCsv(csv, 'official-days-off.csv').sort((a, b) => a.date.localeCompare(b.date));
    expect(officialDaysOff).toEqual(parsed);
    expect(officialDaysOff).toHaveLength(61);
    expect(officialDaysOff.every((d) => d.source?.startsWith('http'))).toBe(true);
  });
});

describe('daysOffForYear', () => {
  it('uses the official schedule of 2026, swaps and make-up Saturdays included', () => {
    const days = daysOffForYear(2026);
    expect(days).toHaveLength(16);
    expect(brief(days.slice(0, 3))).toEqual(['2026-01-01 holiday', '2026-01-02 dayOff', '2026-01-10 makeUpWorkday']);
  });

  it('computes years without a schedule and adds extra days of that year only, sorted', () => {
    const extra = [
      { date: '2027-12-31', kind: 'dayOff' as const, name: 'Nghỉ theo quyết định của tỉnh' },
      { date: '2026-12-31', kind: 'dayOff' as const, name: 'other year' },
    ];
    const days = daysOffForYear(2027, extra);
    expect(days).toHaveLength(15);
    expect(days.at(-1)).toEqual(extra[0]);
  });

  it('lets an extra day replace the shipped day of the same date', () => {
    const days = daysOffForYear(2026, [{ date: '2026-01-10', kind: 'dayOff', name: 'không làm bù' }]);
    expect(days.filter((d) => d.date === '2026-01-10')).toEqual([{ date: '2026-01-10', kind: 'dayOff', name: 'không làm bù' }]);
    expect(days).toHaveLength(16);
  });

  it('returns copies: mutating them does not change the data', () => {
    const days = daysOffForYear(2026);
    (days[0] as { name: string }).name = 'x';
    expect(daysOffForYear(2026)[0]?.name).toBe('Tết Dương lịch (Thu)');
  });
});
