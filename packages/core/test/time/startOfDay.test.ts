import { describe, expect, it } from 'vitest';
import { startOfDay, toWall } from '../../src/time/index';

describe('startOfDay', () => {
  it('gives midnight of the same wall day', () => {
    expect(startOfDay(toWall('2026-01-07T10:00'))).toBe(toWall('2026-01-07'));
    expect(startOfDay(toWall('2024-02-29T23:59:59'))).toBe(toWall('2024-02-29'));
    expect(startOfDay(toWall('2026-01-07'))).toBe(toWall('2026-01-07'));
  });
});
