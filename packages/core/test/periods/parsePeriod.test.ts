import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { parsePeriod, safeParsePeriod } from '../../src/periods/index';

describe('parsePeriod / safeParsePeriod', () => {
  it('accepts a period, including a single day', () => {
    expect(parsePeriod({ from: '2025-12-25', to: '2026-01-07' })).toEqual({ from: '2025-12-25', to: '2026-01-07' });
    expect(parsePeriod({ from: '2026-01-07', to: '2026-01-07' })).toEqual({ from: '2026-01-07', to: '2026-01-07' });
    expect(safeParsePeriod({ from: '2025-12-25', to: '2026-01-07' })).toEqual({
      success: true,
      data: { from: '2025-12-25', to: '2026-01-07' },
    });
  });

  it("refuses 'to' before 'from' (the seed's slip), naming both dates in Vietnamese and English", () => {
    const message =
      'Kỳ báo cáo không hợp lệ: ngày kết thúc 07/01/2025 trước ngày bắt đầu 25/12/2025. / ' +
      "Invalid report period: 'to' (2025-01-07) is before 'from' (2025-12-25).";
    expect(() => parsePeriod({ from: '2025-12-25', to: '2025-01-07' })).toThrow(message);
    const result = safeParsePeriod({ from: '2025-12-25', to: '2025-01-07' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(InputError);
      expect(result.error.message).toBe(message);
    }
  });

  it('refuses invalid dates, naming the value', () => {
    expect(() => parsePeriod({ from: '2026-02-30', to: '2026-03-01' })).toThrow(
      "Kỳ báo cáo không hợp lệ: ngày bắt đầu '2026-02-30' không phải ngày có thật dạng YYYY-MM-DD. / " +
        "Invalid report period: 'from' ('2026-02-30') is not a real date as YYYY-MM-DD.",
    );
    expect(() => parsePeriod({ from: '2026-01-01', to: '07/01/2026' })).toThrow("'to' ('07/01/2026')");
    expect(safeParsePeriod({ from: '2026-1-1', to: '2026-01-07' }).success).toBe(false);
    expect(safeParsePeriod({} as never).success).toBe(false);
  });
});
