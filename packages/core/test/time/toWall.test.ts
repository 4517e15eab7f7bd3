import { describe, expect, it } from 'vitest';
import { toWall } from '../../src/time/index';

describe('toWall', () => {
  it('reads a local date-time, and gives wall milliseconds back as they are', () => {
    expect(toWall('2026-01-07')).toBe(Date.UTC(2026, 0, 7));
    expect(toWall('2024-02-29T10:00')).toBe(Date.UTC(2024, 1, 29, 10));
    expect(toWall(Date.UTC(2026, 0, 7, 8))).toBe(Date.UTC(2026, 0, 7, 8));
  });

  it('throws a RangeError naming a text that is not a real date-time', () => {
    expect(() => toWall('2026-02-29')).toThrow(new RangeError('Invalid local date-time: 2026-02-29'));
    expect(() => toWall('07/01/2026')).toThrow(RangeError);
  });
});
