import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../src/jsonPieces';

describe('jsonPieces', () => {
  it('writes the very text of JSON.stringify(value, null, 2) and a line feed, for values of every shape', () => {
    const big = Array.from({ length: 2000 }, (_, i) => ({ code: `A${i}`, n: i, nested: { list: Array.from({ length: i % 300 }, (_, k) => k), empty: [], none: {} } }));
    const values: unknown[] = [
      null, 1, 'x "quoted"\nline', [], {}, [undefined, () => 1], { a: undefined, b: 1 },
      { big, small: [1, 2], deep: { deeper: { big } } }, big,
      JSON.parse(readFileSync(join(import.meta.dirname, '../../../packages/import/package.json'), 'utf8')),
    ];
    for (const value of values) {
      expect([...jsonPieces(value, 1000)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    }
  });

  it('keeps each piece near the size asked for', () => {
    const big = Array.from({ length: 50_000 }, (_, i) => ({ code: `A${i}`, reason: 'overdue_open' }));
    const pieces = [...jsonPieces({ lost: big }, 4096)];
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4096 + 200);
  });
});
