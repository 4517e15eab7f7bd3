import { describe, expect, it } from 'vitest';
import { CodeIndex } from '../src/_lib/codeIndex';

describe('CodeIndex', () => {
  it('numbers codes in the order first seen and finds them again, ASCII or not', () => {
    const codes = new CodeIndex();
    const texts = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? `HỒ-SƠ-${i}` : i % 11 === 0 ? `😀${i}` : `000.00.12.H26-${i}`));
    texts.forEach((t, i) => expect(codes.intern(t)).toEqual({ index: i, added: true }));
    texts.forEach((t, i) => expect(codes.intern(t)).toEqual({ index: i, added: false }));
    expect(codes.size).toBe(5000);
    expect(Array.from({ length: 5000 }, (_, i) => codes.get(i))).toEqual(texts);
    // Same length in UTF-16 units or in bytes, different text.
    expect(codes.intern('é').added).toBe(true);
    expect(codes.intern('ab').added).toBe(true);
    expect(codes.intern('éa').added).toBe(true);
    expect(codes.intern('').added).toBe(true);
    expect(codes.intern('').added).toBe(false);
    expect(codes.get(codes.intern('é').index)).toBe('é');
    // Lone surrogates (possible in JSON input) are kept exactly.
    const lone = codes.intern('A\ud800');
    expect(lone.added).toBe(true);
    expect(codes.intern('A\udc00').added).toBe(true);
    expect(codes.intern('A\ud800')).toEqual({ index: lone.index, added: false });
    expect(codes.get(lone.index)).toBe('A\ud800');
  });
});
