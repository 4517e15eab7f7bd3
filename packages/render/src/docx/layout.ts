// Nghị định 30/2020/NĐ-CP, Phụ lục I (docs/sources.md §2), in Word units:
// twips (1/20 pt, 1 mm = 56.7 twips) and half-points for font sizes.

const mm = (n: number): number => Math.round((n * 1440) / 25.4);

export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // A4 297 mm
  top: mm(20),
  bottom: mm(20),
  left: mm(30),
  right: mm(15),
  header: mm(10), // the page number sits in the top margin
  footer: mm(10),
} as const;

/** Width between the margins. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const FONT = 'Times New Roman';

/** Font sizes in half-points. */
export const SIZE = {
  body: 28, // 14 pt
  agency: 26, // 13 pt: cơ quan ban hành, quốc hiệu
  number: 26, // 13 pt: Số, ký hiệu
  nation: 26, // 13 pt
  motto: 28, // 14 pt
  recipientsLabel: 24, // 12 pt, bold italic
  recipients: 22, // 11 pt
  footnote: 24, // 12 pt
  pageNumber: 28, // 14 pt
} as const;

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = mm(10);
/** Space before body paragraphs: 6 pt. */
export const PARAGRAPH_SPACING = 120;
/** Line spacing: single (240 = 1 line). */
export const LINE_SPACING = 240;

/**
 * Column widths of the header table (left: agency 65 mm, right: quốc hiệu 110 mm, so that
 * "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 13 pt bold fits on one line). The table is 10 mm
 * wider than the text and starts 10 mm into the left margin, as printed headers usually do.
 */
export const MASTHEAD_COLUMNS = [mm(65), mm(110)] as const;
/** Offset of the header table from the left margin (negative: into the margin). */
export const MASTHEAD_INDENT = -mm(10);
/** Column widths of the sign-off table (left: Nơi nhận, right: signature). */
export const SIGNOFF_COLUMNS = [Math.round(TEXT_WIDTH * 0.45), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.45)] as const;

/**
 * Bookmarks of the sign-off: at the top of the room left for the signature (an empty centred
 * line under the signer's title, so at the column's centre) and at the signer's name. The PDF
 * keeps them as named destinations, so that a signature is placed where the render put the
 * block (centred between the two lines), not where a reader guesses it.
 */
export const SIGNATURE_MARKS = { room: 'TthcSignatureRoom', name: 'TthcSignerName' } as const;
