import { describe, expect, it } from 'vitest';
import { catalogProblems, formatError, InputError } from '@tthc/core';
import { n8nInputErrors } from '../src/lib/n8nErrors';

describe('the n8n nodes\' error catalog', () => {
  it('is sound: every code worded in Vietnamese and English, placeholders well formed', () => {
    expect(catalogProblems(n8nInputErrors, 'input')).toEqual([]);
  });

  it('words an error as data, message = vi / en', () => {
    const error = new InputError(n8nInputErrors.no_profile_binary, { params: { property: 'profile', item: 2 } });
    expect(error.code).toBe('no_profile_binary');
    expect(formatError(error, 'vi')).toBe('Mục 2 không có tệp hồ sơ đơn vị "profile".');
    expect(formatError(error, 'en')).toBe('Item 2 has no profile binary field "profile".');
    expect(error.message).toBe(`${formatError(error, 'vi')} / ${formatError(error, 'en')}`);
  });
});
