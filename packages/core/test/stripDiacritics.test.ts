import { describe, expect, it } from 'vitest';
import { stripDiacritics } from '../src/index';

describe('stripDiacritics', () => {
  it('removes every Vietnamese mark, from composed (NFC) and decomposed (NFD) text alike', () => {
    expect(stripDiacritics('Ngày tiếp nhận, Đơn vị xử lý')).toBe('Ngay tiep nhan, Don vi xu ly');
    expect(stripDiacritics('Hải An'.normalize('NFD'))).toBe('Hai An');
    expect(stripDiacritics('ỦY BAN NHÂN DÂN PHƯỜNG')).toBe('UY BAN NHAN DAN PHUONG');
  });
});
