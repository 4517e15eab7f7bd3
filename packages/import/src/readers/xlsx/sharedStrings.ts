import { InputError } from '@tthc/core';
import { stringItemText } from './xmlText';

const SI_OPEN = Buffer.from('<si');
const SI_CLOSE = Buffer.from('</si>');

/**
 * Reads the shared-string table from the inflated chunks of `xl/sharedStrings.xml`, one `<si>`
 * at a time (the table is held, the XML is not).
 *
 * @param file - the workbook's name, for messages
 * @param maxCellLength - longest string allowed
 */
export async function readSharedStrings(file: string, chunks: AsyncIterable<Buffer>, maxCellLength: number): Promise<string[]> {
  const strings: string[] = [];
  let carry: Buffer | undefined;
  for await (const chunk of chunks) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let p = 0;
    for (;;) {
      const open = buf.indexOf(SI_OPEN, p);
      if (open === -1) {
        p = Math.max(p, buf.length - 3);
        break;
      }
      if (open + 3 >= buf.length) {
        p = open;
        break;
      }
      const b = buf[open + 3];
      if (b !== 0x3e && b !== 0x20 && b !== 0x2f) {
        p = open + 3;
        continue;
      }
      const gt = buf.indexOf(0x3e, open);
      if (gt === -1) {
        p = open;
        break;
      }
      if (buf[gt - 1] === 0x2f) {
        strings.push('');
        p = gt + 1;
        continue;
      }
      const close = buf.indexOf(SI_CLOSE, gt);
      if (close === -1) {
        p = open;
        break;
      }
      const text = stringItemText(buf, gt + 1, close);
      if (text.length > maxCellLength) {
        throw new InputError(
          `${file}: chuỗi thứ ${strings.length + 1} dài hơn ${maxCellLength} ký tự / shared string ${strings.length + 1} is longer than ${maxCellLength} characters`,
        );
      }
      strings.push(text);
      p = close + 5;
    }
    carry = p < buf.length ? Buffer.from(buf.subarray(p)) : undefined;
    if (carry && carry.length > maxCellLength * 8 + 65_536) {
      throw new InputError(`${file}: một chuỗi trong bảng chuỗi dùng chung quá dài / a shared string is too long`);
    }
  }
  return strings;
}
