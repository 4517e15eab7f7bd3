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

  it('finds every code of a large import, whose table has doubled many times', () => {
    // 300 000 codes: the table reaches 2^20 slots, where 12 bits of each hash stay beside the number.
    const codes = new CodeIndex();
    const code = (i: number) => `000.00.${i % 100}.H26-${(i * 7919) % 1_000_003}`;
    for (let i = 0; i < 300_000; i++) if (codes.intern(code(i)).index !== i) expect.fail(`code ${i} not numbered ${i}`);
    for (let i = 0; i < 300_000; i++) if (codes.intern(code(i)).added) expect.fail(`code ${i} added twice`);
    expect(codes.intern('000.00.1.H26-x')).toEqual({ index: 300_000, added: true });
    expect(codes.size).toBe(300_001);
  });
});

