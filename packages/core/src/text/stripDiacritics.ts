/**
 * Vietnamese text without its diacritics, đ/Đ read as d/D: the shared first step of tolerant
 * heading matching (import) and of safe file names (render).
 *
 * @param text - any text
 * @returns the text with every combining mark removed
 * @example stripDiacritics('Ngày tiếp nhận, Đơn vị') // 'Ngay tiep nhan, Don vi'
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
