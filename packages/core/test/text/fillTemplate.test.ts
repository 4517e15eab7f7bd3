import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/text/fillTemplate';

describe('fillTemplate', () => {
  it('fills texts, numbers and lists, and leaves a name with no value as it is', () => {
    expect(fillTemplate('{a} + {b}: {list} ({missing})', { a: 'x', b: 0, list: ['p', 2] })).toBe('x + 0: p, 2 ({missing})');
  });

  it('asks the kind first for what it words itself (a cause, a nested note), then falls back on the values', () => {
    const other = (name: string) => (name === 'cause' ? 'nguyên nhân' : undefined);
    expect(fillTemplate('{cause} / {value}', { cause: 'ignored', value: 3 }, other)).toBe('nguyên nhân / 3');
    // An object the kind does not word has no text here: left as the placeholder.
    expect(fillTemplate('{nested}', { nested: { code: 'x', params: {} } })).toBe('{nested}');
  });
});
