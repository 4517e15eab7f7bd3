import { describe, expect, it } from 'vitest';
import { grownLength } from '../src/_lib/growth';

const MiB = 1024 * 1024;

describe('grownLength', () => {
  it('grows small tables by the factor, or to what is needed', () => {
    expect(grownLength(1024, 1025)).toBe(2048);
    expect(grownLength(1024, 5000)).toBe(5000);
    expect(grownLength(1000, 1001, 4, 1.5)).toBe(1500);
  });

  it('never gives a large table a size between 1 MiB and 33 MiB', () => {
    expect(grownLength(MiB / 2, MiB / 2 + 1)).toBe(33 * MiB);
    expect(grownLength(MiB / 8, MiB / 8 + 1, 4)).toBe((33 * MiB) / 4);
    expect(grownLength(MiB / 16, MiB / 16 + 1, 8)).toBe((33 * MiB) / 8);
    expect(grownLength(20 * MiB, 20 * MiB + 1, 1, 1.5)).toBe(33 * MiB);
  });

  it('grows a table already above that by the factor', () => {
    expect(grownLength(33 * MiB, 33 * MiB + 1)).toBe(66 * MiB);
    expect(grownLength(33 * MiB, 100 * MiB)).toBe(100 * MiB);
  });
});
