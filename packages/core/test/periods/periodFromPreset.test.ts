import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors';
import { periodFromPreset } from '../../src/periods/index';

describe('periodFromPreset', () => {
  it.each([
    // kind, label, calendar, nd09 (NĐ 09/2019 Điều 12)
    ['week', '2026-W02', ['2026-01-05', '2026-01-11'], ['2026-01-05', '2026-01-11']],
    ['week', '2026-W01', ['2025-12-29', '2026-01-04'], ['2025-12-29', '2026-01-04']],
    ['week', '2026-W53', ['2026-12-28', '2027-01-03'], ['2026-12-28', '2027-01-03']],
    ['week', '2020-W53', ['2020-12-28', '2021-01-03'], ['2020-12-28', '2021-01-03']],
    ['month', '2026-01', ['2026-01-01', '2026-01-31'], ['2025-12-15', '2026-01-14']],
    ['month', '2024-02', ['2024-02-01', '2024-02-29'], ['2024-01-15', '2024-02-14']],
    ['month', '2025-02', ['2025-02-01', '2025-02-28'], ['2025-01-15', '2025-02-14']],
    ['month', '2024-03', ['2024-03-01', '2024-03-31'], ['2024-02-15', '2024-03-14']],
    ['quarter', '2025-Q4', ['2025-10-01', '2025-12-31'], ['2025-09-15', '2025-12-14']],
    ['quarter', '2026-Q1', ['2026-01-01', '2026-03-31'], ['2025-12-15', '2026-03-14']],
    ['quarter', '2026-Q2', ['2026-04-01', '2026-06-30'], ['2026-03-15', '2026-06-14']],
    ['half', '2026-H1', ['2026-01-01', '2026-06-30'], ['2025-12-15', '2026-06-14']],
    ['half', '2026-H2', ['2026-07-01', '2026-12-31'], ['2026-06-15', '2026-12-14']],
    ['year', '2026', ['2026-01-01', '2026-12-31'], ['2025-12-15', '2026-12-14']],
  ] as const)('%s %s', (kind, label, [from, to], [nFrom, nTo]) => {
    expect(periodFromPreset(kind, label)).toEqual({ from, to });
    expect(periodFromPreset(kind, label, 'calendar')).toEqual({ from, to });
    expect(periodFromPreset(kind, label, 'nd09')).toEqual({ from: nFrom, to: nTo });
  });

  it.each([
    ['month', '2026-Q1', 'expected YYYY-MM, e.g. 2026-01'],
    ['month', '2026-13', 'expected YYYY-MM, e.g. 2026-01 (number 1 to 12)'],
    ['month', '2026-1', 'expected YYYY-MM'],
    ['quarter', '2026-Q5', 'expected YYYY-Qn, e.g. 2025-Q4 (number 1 to 4)'],
    ['quarter', '2026-01', 'expected YYYY-Qn'],
    ['half', '2026-H3', 'expected YYYY-Hn, e.g. 2026-H1 (number 1 to 2)'],
    ['year', '26', 'expected YYYY, e.g. 2026'],
    ['week', '2026-W2', 'expected YYYY-Www (ISO), e.g. 2026-W02'],
    ['week', '2025-W53', '(number 1 to 52)'],
    ['week', '2026-W00', '(number 1 to 53)'],
  ] as const)('refuses %s label %s', (kind, label, expected) => {
    expect(() => periodFromPreset(kind, label)).toThrow(UsageError);
    expect(() => periodFromPreset(kind, label)).toThrow(expected);
    expect(() => periodFromPreset(kind, label)).toThrow(`Nhãn kỳ '${label}' không hợp lệ cho loại ${kind}`);
  });

  it('refuses an unknown kind or cut-off', () => {
    expect(() => periodFromPreset('day' as never, '2026-01-01')).toThrow(/Invalid period kind: 'day'/);
    expect(() => periodFromPreset('month', '2026-01', 'nd10' as never)).toThrow(/expected calendar or nd09/);
  });
});
