import { describe, expect, it } from 'vitest';
import { catalogProblems, formatError, InputError } from '@tthc/core';
import { n8nInputErrors } from '../src/lib/n8nErrors';

describe('the n8n nodes\' error catalog', () => {
  it('is sound: every code worded in Vietnamese and English, placeholders well formed', () => {
    expect(catalogProblems(n8nInputErrors, 'input')).toEqual([]);
  });

  it('words an error as data, message = vi / en', () => {
    const error = new InputError(n8nInputErrors.not_json_lines, { path: { line: 3 }, params: { property: 'dossiers', item: 2 } });
    expect(error.code).toBe('not_json_lines');
    expect(formatError(error, 'vi')).toBe('Tệp "dossiers" của mục 2 không phải JSON Lines hợp lệ (dòng 3).');
    expect(formatError(error, 'en')).toBe('Binary "dossiers" of item 2 is not valid JSON Lines (line 3).');
    expect(error.message).toBe(`${formatError(error, 'vi')} / ${formatError(error, 'en')}`);
  });
});
