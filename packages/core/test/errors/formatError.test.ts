import { describe, expect, it } from 'vitest';
import { raised } from './_raised';
import { parsePeriod, relativePeriod, safeParsePeriod } from '../../src/periods/index';
import {
  InputError,
  UsageError,
  catalogProblems,
  coreInputErrors,
  coreUsageErrors,
  defineErrors,
  formatError,
} from '../../src/errors/index';

describe('formatError', () => {
  it('words an InputError in Vietnamese and in English from its code and params', () => {
    const error = raised(() => parsePeriod({ from: '2025-12-25', to: '2025-01-07' }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.code).toBe('period_end_before_start');
    expect(error.path).toEqual({ key: 'to' });
    expect(error.params).toEqual({ from: '2025-12-25', to: '2025-01-07', fromDate: '25/12/2025', toDate: '07/01/2025' });
    expect(formatError(error, 'vi')).toBe('Kỳ báo cáo không hợp lệ: ngày kết thúc 07/01/2025 trước ngày bắt đầu 25/12/2025.');
    expect(formatError(error, 'en')).toBe("Invalid report period: 'to' (2025-01-07) is before 'from' (2025-12-25).");
  });

  it('names the file in the English text alone as the Vietnamese one does, and once in the bilingual message', () => {
    const errors = defineErrors('input', { cannot_open: { vi: '{file}: không mở được tệp', en: 'cannot open the file' } });
    const error = new InputError(errors.cannot_open, { path: { file: 'mot-cua.xlsx' } });
    expect(formatError(error, 'vi')).toBe('mot-cua.xlsx: không mở được tệp');
    expect(formatError(error, 'en')).toBe('mot-cua.xlsx: cannot open the file');
    expect(error.message).toBe('mot-cua.xlsx: không mở được tệp / cannot open the file');
    // A template that names the file itself is left as it is.
    const named = defineErrors('input', { gone: { vi: 'Tệp {file} không còn', en: 'The file {file} is gone' } });
    expect(formatError(new InputError(named.gone, { path: { file: 'a.csv' } }), 'en')).toBe('The file a.csv is gone');
  });

  it('words a UsageError in Vietnamese and in English', () => {
    const error = raised(() => relativePeriod('month', '2026-01-07', 'calendar', 0.5));
    expect(error).toBeInstanceOf(UsageError);
    expect(error.code).toBe('invalid_period_offset');
    expect(formatError(error, 'vi')).toBe('Độ lệch kỳ phải là số nguyên: 0.5.');
    expect(formatError(error, 'en')).toBe('The period offset must be a whole number: 0.5.');
  });

  it('makes message the Vietnamese and the English wording joined by " / " (the text users see)', () => {
    const error = raised(() => parsePeriod({ from: '2026-01-01', to: '07/01/2026' }));
    expect(error.message).toBe(`${formatError(error, 'vi')} / ${formatError(error, 'en')}`);
    expect(error.message).toBe(
      "Kỳ báo cáo không hợp lệ: ngày kết thúc '07/01/2026' không phải ngày có thật dạng YYYY-MM-DD. / " +
        "Invalid report period: 'to' ('07/01/2026') is not a real date as YYYY-MM-DD.",
    );
  });

  it('fills a placeholder from the path when params do not hold it, and lists are written a, b', () => {
    const errors = defineErrors('input', {
      bad_cell: { vi: '{file}, dòng {row}: cần một trong {allowed}', en: '{file}, row {row}: expected one of {allowed}' },
    });
    const error = new InputError(errors.bad_cell, { path: { file: 'a.csv', row: 4 }, params: { allowed: ['x', 'y'] } });
    expect(formatError(error, 'vi')).toBe('a.csv, dòng 4: cần một trong x, y');
    expect(error.message).toBe('a.csv, dòng 4: cần một trong x, y / a.csv, row 4: expected one of x, y');
  });

  it('keeps the cause (ES2022) and words a TthcError cause in the same language through {cause}', () => {
    const wrapping = defineErrors('input', { failed: { vi: 'Lỗi: {cause}', en: 'Failed: {cause}' } });
    const cause = new UsageError(coreUsageErrors.invalid_cutoff, { params: { value: 'nd10' } });
    const error = new InputError(wrapping.failed, { cause });
    expect(error.cause).toBe(cause);
    expect(formatError(error, 'vi')).toBe("Lỗi: Cách chốt kỳ không hợp lệ: 'nd10' (cần calendar hoặc nd09).");
    expect(formatError(error, 'en')).toBe("Failed: Invalid cut-off: 'nd10' (expected calendar or nd09).");
    const plain = new InputError(wrapping.failed, { cause: new Error('EACCES') });
    expect(formatError(plain, 'en')).toBe('Failed: EACCES');
    expect(new InputError(coreInputErrors.empty_working_hours).cause).toBeUndefined();
  });

  it('keeps the error plain data: code, path and params survive structuredClone, wording is not enumerable', () => {
    const error = raised(() => parsePeriod({ from: 'x', to: '2026-01-01' }));
    const { code, path, params } = error;
    expect(structuredClone({ code, path, params })).toEqual({ code: 'invalid_period_from', path: { key: 'from' }, params: { value: 'x' } });
    expect(Object.keys(error)).not.toContain('wording');
  });

  it('keeps the safeParse twin: the error it returns is the same data', () => {
    const result = safeParsePeriod({ from: '2025-12-25', to: '2025-01-07' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe('period_end_before_start');
  });

  it('keeps a prose message of a site not converted yet as it is (deprecated form)', () => {
    const error = new InputError('a.csv: tệp rỗng / the file is empty', { cause: 1 });
    expect(error.message).toBe('a.csv: tệp rỗng / the file is empty');
    expect(error.code).toBe('unconverted');
    expect(formatError(error, 'vi')).toBe('a.csv: tệp rỗng / the file is empty');
    expect(error.cause).toBe(1);
  });

  it('leaves a missing value visible as {name} rather than failing while reporting a failure', () => {
    const error = new InputError(coreInputErrors.invalid_date, { params: {} } as never);
    expect(formatError(error, 'en')).toBe("Invalid date: '{value}' (expected YYYY-MM-DD).");
  });
});

describe('catalogProblems', () => {
  it('finds none in the core catalogs', () => {
    expect(catalogProblems(coreInputErrors, 'input')).toEqual([]);
    expect(catalogProblems(coreUsageErrors, 'usage')).toEqual([]);
  });

  it('reports an empty template, a malformed placeholder and a wrong kind', () => {
    const broken = defineErrors('input', { a: { vi: '', en: 'x { name }' } });
    expect(catalogProblems(broken, 'usage')).toEqual([
      'a: its kind is "input", not "usage"',
      'a: no vi template',
      'a.en: "{ name }" is not a placeholder',
    ]);
  });
});
