import fc from 'fast-check';
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

  it('gives back every code, in any order, however much it shares with the one before (front coding)', () => {
    // Codes that share starts of every length (past 255 bytes too), that are starts of each
    // other, empty, non-ASCII (a shared start may end inside a character's bytes) or held as strings.
    const piece = fc.constantFrom('000.00.12.H26-', '0202', '-000', '1', 'Ồ', 'ồ', 'x'.repeat(300), '😀', '\ud800', '"', '');
    const code = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(code, { minLength: 1, maxLength: 80 }), fc.array(fc.nat(), { maxLength: 40 }), (list, picks) => {
        const codes = new CodeIndex();
        const distinct = [...new Set(list)];
        for (const c of list) codes.intern(c);
        expect(codes.size).toBe(distinct.length);
        // In order (each decoded from the one before), then at random (from the last whole one).
        expect(distinct.map((_, i) => codes.get(i))).toEqual(distinct);
        for (const p of picks) {
          const i = p % distinct.length;
          expect(codes.get(i)).toBe(distinct[i]);
          const out = Buffer.alloc(codes.byteLength(i) * 6 + 2);
          expect(out.toString('utf8', 0, codes.jsonInto(i, out, 0))).toBe(JSON.stringify(distinct[i]));
        }
        distinct.forEach((c, i) => expect(codes.intern(c)).toEqual({ index: i, added: false }));
      }),
      { numRuns: 300, seed: 20261208 },
    );
  });
});

