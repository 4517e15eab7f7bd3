import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/index';

describe('csvCell', () => {
  it('quotes only what RFC 4180 needs quoted', () => {
    expect(csvCell('Phường Lê Chân')).toBe('Phường Lê Chân');
    expect(csvCell('Phường "A", Hải Phòng')).toBe('"Phường ""A"", Hải Phòng"');
    expect(csvCell('hai\ndòng')).toBe('"hai\ndòng"');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});
