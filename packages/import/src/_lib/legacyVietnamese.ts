// Text typed with the legacy TCVN3 (ABC, fonts .VnTime…) or VNI (VNI-Times…) fonts
// reaches us as Latin-1 letters: "Hå s¬" for "Hồ sơ" (TCVN3), "Hoà sô" for "Hồ sơ" (VNI).

// TCVN 5712 (VN3 = ABC) letters at bytes 0xA1–0xFF, as the Latin-1 code points they appear as
// (the standard's table, as glibc's TCVN5712-1 converter holds it).
const TCVN3 =
  '\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0\u0300\u0309\u0303\u0301\u0323' +
  '\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9' +
  '\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129' +
  '\u00ed\u1ecb\u00f2\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9\u1ed6' +
  '\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0';

// Combining marks used to rebuild VNI letters (then composed by NFC).
const GRAVE = '\u0300';
const ACUTE = '\u0301';
const HOOK = '\u0309';
const TILDE = '\u0303';
const DOT = '\u0323';
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const HORN = '\u031b';

/** VNI: a mark that follows a vowel (lower- and upper-case forms). */
const vniMarks: Readonly<Record<string, string>> = {
  // tones
  '\u00f8': GRAVE, '\u00d8': GRAVE, // ø Ø
  '\u00f9': ACUTE, '\u00d9': ACUTE, // ù Ù
  '\u00fb': HOOK, '\u00db': HOOK, // û Û
  '\u00f5': TILDE, '\u00d5': TILDE, // õ Õ
  '\u00ef': DOT, '\u00cf': DOT, // ï Ï
  // circumflex, alone and with a tone
  '\u00e2': CIRCUMFLEX, '\u00c2': CIRCUMFLEX, // â Â
  '\u00e0': CIRCUMFLEX + GRAVE, '\u00c0': CIRCUMFLEX + GRAVE, // à À
  '\u00e1': CIRCUMFLEX + ACUTE, '\u00c1': CIRCUMFLEX + ACUTE, // á Á
  '\u00e5': CIRCUMFLEX + HOOK, '\u00c5': CIRCUMFLEX + HOOK, // å Å
  '\u00e3': CIRCUMFLEX + TILDE, '\u00c3': CIRCUMFLEX + TILDE, // ã Ã
  '\u00e4': CIRCUMFLEX + DOT, '\u00c4': CIRCUMFLEX + DOT, // ä Ä
  // breve, alone and with a tone
  '\u00ea': BREVE, '\u00ca': BREVE, // ê Ê
  '\u00e8': BREVE + GRAVE, '\u00c8': BREVE + GRAVE, // è È
  '\u00e9': BREVE + ACUTE, '\u00c9': BREVE + ACUTE, // é É
  '\u00fa': BREVE + HOOK, '\u00da': BREVE + HOOK, // ú Ú
  '\u00fc': BREVE + TILDE, '\u00dc': BREVE + TILDE, // ü Ü
  '\u00eb': BREVE + DOT, '\u00cb': BREVE + DOT, // ë Ë
};

/** VNI: characters that are whole letters by themselves. */
const vniLetters: Readonly<Record<string, string>> = {
  '\u00f1': '\u0111', '\u00d1': '\u0110', // ñ → đ
  '\u00f4': 'o' + HORN, '\u00d4': 'O' + HORN, // ô → ơ
  '\u00f6': 'u' + HORN, '\u00d6': 'U' + HORN, // ö → ư
  '\u00ec': 'i' + GRAVE, '\u00cc': 'I' + GRAVE, // ì
  '\u00ed': 'i' + ACUTE, '\u00cd': 'I' + ACUTE, // í
  '\u00e6': 'i' + HOOK, '\u00c6': 'I' + HOOK, // æ → ỉ
  '\u00f3': 'i' + TILDE, '\u00d3': 'I' + TILDE, // ó → ĩ
  '\u00f2': 'i' + DOT, '\u00d2': 'I' + DOT, // ò → ị
  '\u00ee': 'y' + DOT, '\u00ce': 'Y' + DOT, // î → ỵ
};

/** Letters only Unicode Vietnamese has: their presence means the text is already Unicode. */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u036f]/;
/** TCVN3 letters sit at 0xA1–0xBF, where Vietnamese Unicode text has only symbols. */
const TCVN3_MARK = /[\u00a1-\u00bf]/g;
/** Latin-1 letters no Vietnamese word uses, typical of VNI. */
const VNI_ONLY = /[\u00f8\u00fb\u00ef\u00f6\u00f1\u00e6\u00eb\u00fc\u00e5\u00e4\u00d8\u00db\u00cf\u00d6\u00d1\u00c6\u00cb\u00dc\u00c5\u00c4]/g;
const VOWEL = /[aeiouyAEIOUY]/;

/** A legacy Vietnamese encoding. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/** Which legacy encoding a text seems to be in, if any. */
export function detectLegacy(text: string): LegacyEncoding | undefined {
  if (UNICODE_VIETNAMESE.test(text)) return undefined;
  const tcvn = text.match(TCVN3_MARK)?.length ?? 0;
  const vni = text.match(VNI_ONLY)?.length ?? 0;
  if (tcvn === 0 && vni === 0) return undefined;
  return tcvn >= vni ? 'tcvn3' : 'vni';
}

function fromTcvn3(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code >= 0xa1 && code <= 0xff ? (TCVN3[code - 0xa1] ?? ch) : ch;
  }
  return out;
}

function fromVni(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    const mark = vniMarks[ch];
    if (mark !== undefined && VOWEL.test(prev)) {
      out += mark;
      prev = '';
      continue;
    }
    const letter = vniLetters[ch];
    if (letter !== undefined) {
      out += letter;
      prev = letter[0] ?? '';
      continue;
    }
    if (mark !== undefined && prev === '' && out.length > 0 && /[\u031b]$/.test(out)) {
      out += mark; // tone after ơ/ư
      continue;
    }
    out += ch;
    prev = ch;
  }
  return out;
}

/**
 * Converts text typed in a legacy Vietnamese encoding (TCVN3/ABC or VNI) to Unicode; any other
 * text is returned unchanged. The result may hold combining marks: compose it with NFC.
 *
 * @param text - the text
 * @param known - the encoding of the whole input, when known; default: detected in the text
 *
 * @example convertLegacy('Hå s¬').normalize('NFC') // 'Hồ sơ'
 * @example convertLegacy('Ñaêng kyù').normalize('NFC') // 'Đăng ký'
 */
export function convertLegacy(text: string, known?: LegacyEncoding): string {
  const kind = known === undefined ? detectLegacy(text) : UNICODE_VIETNAMESE.test(text) ? undefined : known;
  if (kind === 'tcvn3') return fromTcvn3(text);
  if (kind === 'vni') return fromVni(text);
  return text;
}
