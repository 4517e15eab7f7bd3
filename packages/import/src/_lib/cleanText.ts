// NFC everywhere, control characters removed, legacy TCVN3/VNI converted.
import { type LegacyEncoding, convertLegacy } from './legacyVietnamese';

/** Text that needs no work: printable ASCII, Latin-1/Latin Extended letters, precomposed Vietnamese. */
const CLEAN = /^[\x20-\x7e\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]*$/;
// C0 (except tab, LF, CR), DEL, C1, zero-width and bidi marks, BOM.
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/**
 * Cleans one text value: legacy TCVN3 (ABC) or VNI text is converted to Unicode, control
 * characters are removed, and the result is in NFC. Text that is already clean is returned as is.
 *
 * @param text - a cell or field value
 * @param legacy - the legacy encoding of the whole input when known (a CSV that is not UTF-8);
 *   default: detected in each text
 * @returns the cleaned text
 * @example cleanText('Ho\u0302\u0300 so\u031b') // 'Hồ sơ'
 */
export function cleanText(text: string, legacy?: LegacyEncoding): string {
  if (legacy === undefined && CLEAN.test(text)) return text;
  return convertLegacy(text.replace(CONTROL, ''), legacy).normalize('NFC');
}
