import { describe, expect, it } from 'vitest';
import { dayOfWeek, toWall } from '../../src/time/index';

describe('dayOfWeek', () => {
  it('counts from Sunday = 0, at any time of the day', () => {
    expect(dayOfWeek(toWall('2026-01-04'))).toBe(0); // Sunday
    expect(dayOfWeek(toWall('2026-01-07T23:59:59'))).toBe(3); // Wednesday
    expect(dayOfWeek(toWall('2024-02-29'))).toBe(4); // Thursday
  });
});
