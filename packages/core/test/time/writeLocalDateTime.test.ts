import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, writeLocalDateTime } from '../../src/time/index';

const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('writeLocalDateTime', () => {
  it('writes the 19 bytes of the local date-time where asked and says where they end', () => {
    const out = new Uint8Array(23).fill(0x2e);
    expect(writeLocalDateTime(out, 2, Date.UTC(2024, 1, 29, 8, 3, 9))).toBe(21);
    expect(ascii(out)).toBe('..2024-02-29T08:03:09..');
  });

  it('writes the bytes of formatLocalDateTime, for any whole second of 1000–9999', () => {
    const out = new Uint8Array(19);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / 1000, max: Date.UTC(10_000, 0, 1) / 1000 - 1 }), (s) => {
        expect(writeLocalDateTime(out, 0, s * 1000)).toBe(19);
        expect(ascii(out)).toBe(formatLocalDateTime(s * 1000));
      }),
    );
  });

  it('throws a RangeError on NaN', () => {
    expect(() => writeLocalDateTime(new Uint8Array(19), 0, Number.NaN)).toThrow(RangeError);
  });
});
