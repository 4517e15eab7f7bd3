import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '@tthc/core';
import { importDossiers } from '../src/index';
import { oneStopXlsx } from '../scripts/fixtures';
import { compressedRange, crcOf, editPart, editPartBytes, random, sizeOf, unzip, withCrc, withSize } from '../scripts/xlsxVariants';

// Damaged and hostile workbooks : refused with an InputError naming the file — never a
// silent change, never another error (a RangeError's stack trace), never unbounded memory.

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
const read = (data: Buffer, worker: boolean | 'auto' = false) => importDossiers([{ name: 'bad.xlsx', data }], { worker });
const summary = async (data: Buffer) => {
  const r = await read(data);
  return { dossiers: r.dossiers, rows: r.rows, rejected: r.rejected, skipped: r.skipped };
};

/** The InputError a read throws (the test fails if it throws anything else, or nothing). */
async function refusal(data: Buffer): Promise<string> {
  try {
    await read(data);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message.startsWith('bad.xlsx')).toBe(true);
    return message;
  }
  throw new Error('the damaged workbook was accepted');
}

describe('damaged workbooks are refused, naming the file', async () => {
  const base = await oneStopXlsx();
  const plain = await summary(base);

  it('changed bytes that still inflate: the CRC-32 of the directory catches them', async () => {
    const edited = await editPart(base, STRINGS, (x) => x.replace('Đăng ký khai sinh', 'Đăng ký khai tử'));
    // The same change with the original CRC in the directory: what a flipped bit in transit makes.
    const damaged = withCrc(edited, STRINGS, crcOf(base, STRINGS));
    expect(await refusal(damaged)).toContain('CRC-32');
    expect(await refusal(withCrc(base, SHEET, crcOf(base, SHEET) ^ 1))).toContain(SHEET);
  });

  it('60 seeded bit flips in the deflated sheet and shared strings: each refused or read unchanged', async () => {
    const rng = random(2026);
    let refused = 0;
    for (const part of [SHEET, STRINGS]) {
      const [start, end] = compressedRange(base, part);
      for (let k = 0; k < 30; k++) {
        const flipped = Buffer.from(base);
        const at = start + Math.floor(rng() * (end - start));
        flipped[at] = (flipped[at] as number) ^ (1 << Math.floor(rng() * 8));
        try {
          expect(await summary(flipped)).toEqual(plain); // a flip in unused padding bits changes nothing
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as Error).message.startsWith('bad.xlsx')).toBe(true);
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(50);
  });

  it('invalid UTF-8 in a part is refused, never read as U+FFFD', async () => {
    const bad = await editPartBytes(base, STRINGS, (b) => {
      const out = Buffer.from(b);
      out[out.indexOf('Hộ tịch') + 1] = 0xff;
      return out;
    });
    expect(await refusal(bad)).toContain('UTF-8');
  });

  it('a sheet cut before </sheetData> is refused, wherever the cut falls', async () => {
    const xml = unzip(base).find((e) => e.name === SHEET)?.data.toString('utf8') ?? '';
    for (const cut of [xml.indexOf('</sheetData>'), xml.indexOf('<row r="12"'), xml.indexOf('<row r="12"') + 30]) {
      const damaged = await editPart(base, SHEET, (x) => x.slice(0, cut));
      expect(await refusal(damaged)).toMatch(/sheetData|cắt cụt/);
    }
  });

  it('character references outside XML\'s characters are refused cleanly (shared string, inline string, formula text)', async () => {
    for (const ref of ['&#x110000;', '&#0;', '&#xD800;', '&#99999999999;', '&nbsp;', '& ']) {
      const inShared = await editPart(base, STRINGS, (x) => x.replace('Hộ tịch', `Hộ ${ref}tịch`));
      expect(await refusal(inShared)).toContain('shared string');
      const inline = await editPart(await oneStopXlsx({ inlineStrings: true }), SHEET, (x) => x.replace('Hộ tịch', `Hộ ${ref}tịch`));
      expect(await refusal(inline)).toMatch(/row \d+/);
    }
    const formula = await editPart(base, SHEET, (x) => x.replace('<c r="B6" t="s">', '<c r="L6" t="str"><f>A1</f><v>&#x110000;</v></c><c r="B6" t="s">'));
    expect(await refusal(formula)).toContain('row 6');
  });

  it('a DOCTYPE (entity expansion) is refused', async () => {
    const dtd = await editPart(base, SHEET, (x) => x.replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaa">]><worksheet'));
    expect(await refusal(dtd)).toContain('DOCTYPE');
  });

  it('row and column numbers beyond Excel\'s limits are refused at once; a long gap costs one entry', async () => {
    const huge = await editPart(base, SHEET, (x) => x.replace('<row r="13">', '<row r="2147483647">').replace(/r="([A-Z])13"/g, 'r="$1 2147483647"'));
    expect(await refusal(huge)).toContain('1048576');
    const column = await editPart(base, SHEET, (x) => x.replace('<c r="B6"', '<c r="XFE6"'));
    expect(await refusal(column)).toContain('16384');
    // The last row Excel has: legal, and the gap before it is a single skipped entry.
    const last = await editPart(base, SHEET, (x) => x.replace('<row r="13">', '<row r="1048576">'));
    const result = await read(last);
    expect(result.rows).toEqual({ ...plain.rows, read: 1_048_576, skipped: plain.rows.skipped + 1_048_576 - 13 });
    expect(result.skipped.at(-2)).toEqual({ path: { file: 'bad.xlsx', sheet: 'Danh sách', row: 13 }, reason: 'blank', rows: 1_048_576 - 13 });
    expect(result.skipped.length).toBe(plain.skipped.length + 1);
  });

  it('an entry that inflates to more than its directory says is refused, on the worker too (its shared strings are sized by it)', async () => {
    for (const part of [STRINGS, SHEET]) {
      const declared = sizeOf(base, part) - 10;
      const damaged = withSize(base, part, declared);
      const one = await refusal(damaged);
      expect(one).toContain(`instead of ${declared}`);
      await expect(read(damaged, true)).rejects.toThrow(one);
    }
  });

  it('the worker thread refuses the same damage with the same message', async () => {
    const damaged = withCrc(base, SHEET, crcOf(base, SHEET) ^ 1);
    const one = await refusal(damaged);
    await expect(read(damaged, true)).rejects.toThrow(one);
    expect(crc32(Buffer.from('x'))).toBeGreaterThan(0);
  });
});
