import { stripDiacritics } from './stripDiacritics';

/**
 * The key a unit's name is matched by (the units table against the export's "Cơ quan/đơn vị"):
 * NFC, diacritics removed (đ as d), lower case, runs of white space as one space, trimmed.
 * Two names with the same key are the same unit; nothing else is folded (punctuation, "UBND"
 * and word order count). The rule is written in docs/domain-decisions.md.
 *
 * @param name - a unit's name as written anywhere
 * @returns the matching key
 * @example unitNameKey('  UBND  Phường HẢI AN ') // 'ubnd phuong hai an'
 */
export function unitNameKey(name: string): string {
  return stripDiacritics(name.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();
}
