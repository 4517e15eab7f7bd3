import { stripDiacritics } from '@tthc/core';
// Headings and words are compared after NFC, case folding, removing diacritics and
// collapsing spaces (punctuation counts as a space: "Cơ quan/đơn vị" = "co quan don vi").
const cache = new Map<string, string>();

/**
 * Folds a heading or a value word for tolerant comparison.
 *
 * @example foldWord('  Ngày  Tiếp nhận\u0323 ') // 'ngay tiep nhan'
 */
export function foldWord(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const folded = stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (cache.size < 10_000) cache.set(text, folded);
  return folded;
}
