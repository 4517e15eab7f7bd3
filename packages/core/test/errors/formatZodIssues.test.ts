import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues } from '../../src/errors/index';

const Figures = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  byField: z.array(z.object({ field: z.string(), received: z.object({ total: z.number().int() }) })),
});

const issuesOf = (value: unknown) => {
  const result = Figures.safeParse(value);
  if (result.success) throw new Error('expected issues');
  return result.error;
};

describe('formatZodIssues', () => {
  it('words nested paths as keys and indexes joined by dots, one line each', () => {
    const error = issuesOf({ period: { from: '2026-01-01' }, byField: [{ field: 'Hộ tịch', received: { total: 1.5 } }] });
    expect(formatZodIssues(error)).toBe(
      ['  - period.to: Invalid input: expected string, received undefined', '  - byField.0.received.total: Invalid input: expected int, received number'].join('\n'),
    );
  });

  it('writes the issues on one line when asked', () => {
    const error = issuesOf({ period: { from: 1, to: '2026-01-07' }, byField: [] });
    expect(formatZodIssues(error, { layout: 'inline' })).toBe('period.from: Invalid input: expected string, received number');
  });

  it('names the document itself (root) in the language asked', () => {
    const error = issuesOf('not an object');
    expect(formatZodIssues(error, { layout: 'inline' })).toBe('(root): Invalid input: expected object, received string');
    expect(formatZodIssues(error, { layout: 'inline', lang: 'vi' })).toBe('(gốc): Invalid input: expected object, received string');
  });

  it('writes at most max issues and counts the others, in the language asked', () => {
    const error = issuesOf({ byField: [{}, {}] });
    expect(error.issues).toHaveLength(5);
    const lines = formatZodIssues(error, { max: 2 }).split('\n');
    expect(lines).toEqual(['  - period: Invalid input: expected object, received undefined', '  - byField.0.field: Invalid input: expected string, received undefined', '  - … and 3 more']);
    expect(formatZodIssues(error, { max: 1, layout: 'inline', lang: 'vi' })).toBe('period: Invalid input: expected object, received undefined; … và 4 lỗi khác');
    expect(formatZodIssues(error, { max: 0, layout: 'inline' })).toBe('… and 5 more');
  });

  it('writes ten issues by default', () => {
    const error = issuesOf({ period: {}, byField: Array.from({ length: 6 }, () => ({})) });
    const lines = formatZodIssues(error).split('\n');
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe(`  - … and ${error.issues.length - 10} more`);
  });

  it('reads any object with zod-shaped issues', () => {
    expect(formatZodIssues({ issues: [{ path: ['units', 2, 'name'], message: 'Required' }] }, { layout: 'inline' })).toBe('units.2.name: Required');
    expect(formatZodIssues({ issues: [] })).toBe('');
  });
});
