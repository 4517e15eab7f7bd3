import { describe, expect, it } from 'vitest';
import { cleanText } from '../src/_lib/cleanText';
import { convertLegacy, detectLegacy } from '../src/_lib/legacyVietnamese';
import { foldWord } from '../src/presets/fold';
import { compileDatePattern, excelSerialToWall, parseExportDate } from '../src/presets/parseDate';

const wall = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);

describe('cleanText', () => {
  it('composes NFD to NFC and removes control characters, keeping clean text as is', () => {
    expect(cleanText('Ho\u0302\u0300 so\u031b')).toBe('Hồ sơ');
    expect(cleanText('A\u0000B\u0007C\u200b\u009f')).toBe('ABC');
    const clean = 'Đăng ký khai sinh';
    expect(cleanText(clean)).toBe(clean);
  });

  it('converts TCVN3 (ABC) and VNI text, and leaves Unicode Vietnamese alone', () => {
    expect(cleanText('Hå s¬')).toBe('Hồ sơ');
    expect(cleanText('UBND ph\u00adêng H¶i An')).toBe('UBND phường Hải An');
    expect(cleanText('Ñaêng kyù khai sinh')).toBe('Đăng ký khai sinh');
    expect(cleanText('Phöôøng Haûi An')).toBe('Phường Hải An');
    expect(detectLegacy('Cà Mau')).toBeUndefined();
    expect(detectLegacy('Đã trả kết quả')).toBeUndefined();
    expect(convertLegacy('Trùc tiÕp', 'tcvn3').normalize('NFC')).toBe('Trực tiếp');
  });
});

describe('foldWord', () => {
  it('compares headings without case, diacritics, punctuation or extra spaces', () => {
    expect(foldWord('  Cơ quan/ĐƠN VỊ ')).toBe('co quan don vi');
    expect(foldWord('Ngày  tiếp nhận'.normalize('NFD'))).toBe('ngay tiep nhan');
  });
});

describe('export dates', () => {
  it('reads the forms of domain.md §3, day first', () => {
    expect(parseExportDate('25/12/2025')).toBe(wall(2025, 12, 25));
    expect(parseExportDate('5/1/2026 8:05')).toBe(wall(2026, 1, 5, 8, 5));
    expect(parseExportDate('05-01-2026 08:05:09')).toBe(wall(2026, 1, 5, 8, 5, 9));
    expect(parseExportDate('08:30 05/01/2026')).toBe(wall(2026, 1, 5, 8, 30));
    expect(parseExportDate('05/01/2026 02:30 CH')).toBe(wall(2026, 1, 5, 14, 30));
    expect(parseExportDate('20260105083000')).toBe(wall(2026, 1, 5, 8, 30));
    expect(parseExportDate('2026-01-05T08:30:00')).toBe(wall(2026, 1, 5, 8, 30));
    // An offset is converted to local time (UTC+7).
    expect(parseExportDate('2026-01-05T01:30:00Z')).toBe(wall(2026, 1, 5, 8, 30));
    expect(parseExportDate('2026-01-05T08:30:00+07:00')).toBe(wall(2026, 1, 5, 8, 30));
  });

  it('counts every day of every month as Date.UTC does (leap years and centuries included)', () => {
    for (const y of [1900, 1904, 1999, 2000, 2024, 2025, 2026, 2100, 2400, 9999]) {
      for (let mo = 1; mo <= 12; mo++) {
        const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
        for (let d = 1; d <= 31; d++) {
          const text = `${String(d).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y} 23:59:58`;
          expect(parseExportDate(text), text).toBe(d <= days ? wall(y, mo, d, 23, 59, 58) : undefined);
        }
      }
    }
  });

  it('refuses what it cannot read instead of guessing', () => {
    for (const bad of ['31/02/2026', '12/13/2026', '2026/01/05', '05/01/26', 'hôm qua', '05/01/2026 25:00', '']) {
      expect(parseExportDate(bad), bad).toBeUndefined();
    }
  });

  it('converts Excel serials with the 1900 leap-year quirk', () => {
    expect(excelSerialToWall(1)).toBe(wall(1900, 1, 1));
    expect(excelSerialToWall(59)).toBe(wall(1900, 2, 28));
    expect(excelSerialToWall(60)).toBeUndefined(); // 29/02/1900 never was
    expect(excelSerialToWall(61)).toBe(wall(1900, 3, 1));
    expect(excelSerialToWall(46027.354166666664)).toBe(wall(2026, 1, 5, 8, 30)); // rounded to the second
    expect(excelSerialToWall(0, '1904')).toBe(wall(1904, 1, 1));
    expect(excelSerialToWall(-1)).toBeUndefined();
  });

  it('compiles a mapping file date pattern', () => {
    const p = compileDatePattern('yyyy.MM.dd HH:mm');
    expect(p('2026.01.05 08:30')).toBe(wall(2026, 1, 5, 8, 30));
    expect(p('2026.01.05')).toBe(wall(2026, 1, 5));
    expect(p('05/01/2026')).toBeUndefined();
    expect(() => compileDatePattern('HH:mm')).toThrow('needs yyyy');
  });

  it('reads a leap day and refuses 29/02 of a common year in every form', () => {
    const pattern = compileDatePattern('dd.MM.yyyy HH:mm');
    const forms = (y: number) => [
      parseExportDate(`29/02/${y} 08:30`),
      parseExportDate(`29/2/${y} 8:30`),
      parseExportDate(`08:30 29/02/${y}`),
      parseExportDate(`${y}0229083000`),
      parseExportDate(`${y}-02-29T08:30:00`),
      parseExportDate(`${y}-02-29T01:30:00Z`),
      parseExportDate(`29.02.${y} 08:30`, pattern),
    ];
    expect(forms(2024)).toEqual(Array(7).fill(wall(2024, 2, 29, 8, 30)));
    expect(forms(2025)).toEqual(Array(7).fill(undefined));
  });

  it('refuses a year before 1900, which no export dates a dossier with', () => {
    expect(parseExportDate('31/12/1899')).toBeUndefined();
    expect(parseExportDate('1899-12-31T08:00:00')).toBeUndefined();
    expect(parseExportDate('01/01/1900')).toBe(wall(1900, 1, 1));
  });
});
