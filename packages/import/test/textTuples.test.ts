import { describe, expect, it } from 'vitest';
import { TextTuples } from '../src/_lib/textTuples';

describe('TextTuples', () => {
  it('numbers each distinct tuple once, in the order first seen, and keeps its members', () => {
    const tuples = new TextTuples(3);
    const ask = (t: readonly number[]) => {
      tuples.scratch.set(t);
      return tuples.id();
    };
    // 5 000 distinct tuples (several doublings of the table and the members), -1 for a text not given.
    const list = Array.from({ length: 5000 }, (_, i) => [i % 7 === 0 ? -1 : i % 50, Math.floor(i / 50), i % 3 === 0 && i % 7 !== 0 ? -1 : i]);
    list.forEach((t, i) => expect(ask(t)).toBe(i));
    list.forEach((t, i) => expect(ask(t)).toBe(i));
    list.forEach((t, i) => expect(Array.from(tuples.members.subarray(i * 3, i * 3 + 3))).toEqual(t));
    expect(ask([-1, -1, -1])).toBe(5000);
    expect(ask([-1, -1, -1])).toBe(5000);
  });
});
