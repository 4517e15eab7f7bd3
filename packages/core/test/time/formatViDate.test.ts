import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index';
import { formatViDate } from '../../src/time/index';

describe('formatViDate', () => {
  it('writes DD/MM/YYYY', () => {
    expect(formatViDate('2026-01-07')).toBe('07/01/2026');
    expect(formatViDate('2025-12-25')).toBe('25/12/2025');
    expect(formatViDate('2024-02-29')).toBe('29/02/2024');
  });

  it('throws the InputError invalid_date on a date that does not exist or is not YYYY-MM-DD', () => {
    for (const bad of ['2026-13-01', '2025-02-29', '2026-01-07T08:00', '07/01/2026', '']) {
      expect(() => formatViDate(bad), bad).toThrow(InputError);
    }
    expect(() => formatViDate('2025-02-29')).toThrow(expect.objectContaining({ code: 'invalid_date', params: { value: '2025-02-29' } }));
  });
});
