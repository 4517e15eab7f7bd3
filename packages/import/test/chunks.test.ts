import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';
import { readCsvRows } from '../src/readers/csv';
import { SharedStrings } from '../src/readers/xlsx/sharedStrings';
import { SharedStringsReader, readSharedStrings } from '../src/readers/xlsx/sharedStringsReader';
import { readSheetRows } from '../src/readers/xlsx/sheetRows';
import { stripPrefix } from '../src/readers/xlsx/stripPrefix';
import { tidy } from '../src/readers/xlsx/xmlText';
import { longVietnameseTexts } from '../scripts/fixtures';
import { xlsxBuffer } from '../scripts/xlsxWriter';

// docs/sources.md §3 — exceljs's streaming reader corrupts multi-byte characters that fall on a chunk
// boundary. These tests feed long Vietnamese text (and a 4-byte character) across many chunks.

async function* pieces(buf: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

// About 560 kB of text: dozens of the inflater's 16 kB chunks, hundreds of the CSV reader's
// pieces below, so a character falls on a boundary many times.
const texts = longVietnameseTexts(400);

function heading() {
  return ['Số hồ sơ', 'Tên thủ tục', 'Trạng thái', 'Ngày tiếp nhận', 'Ngày hẹn trả'];
}

describe('multi-byte characters across chunk boundaries', () => {
  it.each([
    ['shared strings', false],
    ['inline strings', true],
  ])('a workbook with %s keeps every character of 400 long Vietnamese texts', async (_, inlineStrings) => {
    const rows = [heading(), ...texts.map((t, i) => [`C${i}`, t, 'Đã tiếp nhận', '05/01/2026 08:00', '06/01/2026 17:00'])];
    const data = await xlsxBuffer({ name: 'S', rows }, { inlineStrings });
    const { dossiers, rows: counts } = await importDossiers([{ name: 'long.xlsx', data }]);
    expect(counts).toEqual({ read: 401, accepted: 400, rejected: 0, skipped: 1 });
    const bad = dossiers.filter((d, i) => d.procedureName !== texts[i] || d.procedureName.includes('\ufffd'));
    expect(bad).toEqual([]);
  });

  it('the sheet scanner gives the same rows whatever the chunk size (7-byte chunks)', async () => {
    const xml = Buffer.from(
      `<worksheet><sheetData>${texts
        .slice(0, 300)
        .map((t, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${t}</t></is></c><c r="C${i + 1}"><v>${i}.5</v></c></row>`)
        .join('')}</sheetData></worksheet>`,
    );
    const ctx = { file: 'x.xlsx', sheet: 'S', strings: new SharedStrings('x.xlsx', 32_767), maxCellLength: 32_767 };
    const rows = [];
    for await (const batch of readSheetRows(pieces(xml, 7), ctx)) rows.push(...batch);
    expect(rows).toHaveLength(300);
    rows.forEach((r, i) => expect(r).toEqual({ row: i + 1, cells: [texts[i], undefined, i + 0.5] }));
  });

  it('the shared-string table and the CSV reader keep characters whole in 5-byte chunks', async () => {
    const sst = Buffer.from(`<sst>${texts.slice(0, 200).map((t) => `<si><t>${t}</t></si>`).join('')}<si><r><t>Hồ </t></r><r><t>sơ</t></r><rPh><t>ホ</t></rPh></si></sst>`);
    const strings = await readSharedStrings('x.xlsx', pieces(sst, 5), 32_767);
    expect(Array.from({ length: strings.size }, (_, i) => strings.get(i))).toEqual([...texts.slice(0, 200), 'Hồ sơ']);
    const csv = Buffer.from(texts.slice(0, 200).map((t, i) => `${i},"${t}"`).join('\n'));
    const rows = [];
    for await (const batch of readCsvRows('x.csv', pieces(csv, 5), ',', 32_767)) rows.push(...batch);
    expect(rows.map((r) => r.cells[1])).toEqual(texts.slice(0, 200));
  });

  it('a shared string gives the tidied text whatever its bytes (the ASCII fast path included)', async () => {
    const items = ['000.00.12.H26-1', '04/01/2025 08:26', ' lead', 'trail ', 'two  spaces', 'tab\there', 'ctl\u0007x', '', ' ', 'a', 'Hồ  sơ ', '~!@#'];
    const sst = Buffer.from(`<sst>${items.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join('')}</sst>`);
    const strings = await readSharedStrings('x.xlsx', pieces(sst, 64), 32_767);
    expect(Array.from({ length: strings.size }, (_, i) => strings.get(i))).toEqual(items.map(tidy));
    expect(items.map((_, i) => strings.surelyFilled(i))).toEqual([true, true, true, true, true, true, true, false, false, true, true, true]);
  });

  it('a table of more repeating items than it keeps decoded gives each one its text, every time', async () => {
    // 70 000 items, each asked for three times: the first 65 535 asked twice are kept, the rest decoded again.
    const count = 70_000;
    const sst = Buffer.from(`<sst>${Array.from({ length: count }, (_, i) => `<si><t>Phường ${i}</t></si>`).join('')}</sst>`);
    const strings = await readSharedStrings('x.xlsx', pieces(sst, 1 << 16), 32_767);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < count; i++) if (strings.get(i) !== `Phường ${i}`) expect.fail(`item ${i}, round ${round}: ${strings.get(i)}`);
    }
    expect((strings as unknown as { kept: string[] }).kept).toHaveLength(0xffff);
  });

  it('a table handed over in parts (as the worker posts it) gives what it gives read whole', async () => {
    const items = ['000.00.12.H26-1', 'a &amp; b', ' lead', '', 'Hồ  sơ ', '<r><t>Hồ </t></r><r><t>sơ</t></r>', 'x_x0007_y', ...texts.slice(0, 40)];
    const sst = Buffer.from(`<sst>${items.map((t) => (t.startsWith('<r>') ? `<si>${t}</si>` : `<si><t xml:space="preserve">${t}</t></si>`)).join('')}<si/></sst>`);
    const whole = await readSharedStrings('x.xlsx', pieces(sst, 64), 32_767);
    for (const step of [1, 3, 17]) {
      const reader = new SharedStringsReader('x.xlsx', pieces(sst, 64), 32_767);
      const joined = new SharedStrings('x.xlsx', 32_767, 16);
      while (!reader.done) {
        await reader.fill(reader.strings.size + step);
        joined.addPart(reader.strings.takePart());
      }
      expect(joined.size).toBe(whole.size);
      const all = (t: SharedStrings) => Array.from({ length: whole.size }, (_, i) => [t.get(i), t.surelyFilled(i)]);
      expect(all(joined)).toEqual(all(whole));
    }
  });

  it('rows of every form read the same in chunks of any size (the simple-row scan and the general one)', async () => {
    const sheet = [
      '<worksheet><sheetData>',
      '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2.5</v></c></row>', // simple
      '<row r="2" spans="1:3"><c r="B2" t="inlineStr"><is><t>Hồ sơ</t></is></c></row>', // inline string
      '<row r="3"><c r="A3"><f>A1+1</f><v>2</v></c></row >', // formula, space before >
      '<row r="4"><!-- a note --><c r="A4"><v>4</v></c></row>', // comment inside
      '<row r="5"><c r="A5"/><c r="B5" s="1"><v>7</v></c>\n</row>', // self-closing cell, line break
      '<row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6" t="str"><v>a &amp; b</v></c></row>',
      '<row r="7"/><row r="8"><c r="A8"><v>8</v></c></row>',
      '</sheetData></worksheet>',
    ].join('');
    const expected = [
      { row: 1, cells: [1, undefined, 2.5] },
      { row: 2, cells: [undefined, 'Hồ sơ'] },
      { row: 3, cells: [2] },
      { row: 4, cells: [4] },
      { row: 5, cells: [undefined, 7] },
      { row: 6, cells: [true, 'a & b'] },
      { row: 7, cells: [] },
      { row: 8, cells: [8] },
    ];
    for (const size of [1, 2, 5, 13, sheet.length]) {
      const ctx = { file: 'x.xlsx', sheet: 'S', strings: new SharedStrings('x.xlsx', 32_767), maxCellLength: 32_767 };
      const rows = [];
      for await (const batch of readSheetRows(pieces(Buffer.from(sheet), size), ctx)) rows.push(...batch);
      expect(rows, `chunks of ${size} bytes`).toEqual(expected);
    }
  });

  it('a cell without its </c> is an error of its own row, never read on into the next', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData></worksheet>';
    for (const size of [3, sheet.length]) {
      const ctx = { file: 'x.xlsx', sheet: 'S', strings: new SharedStrings('x.xlsx', 32_767), maxCellLength: 32_767 };
      const read = async () => {
        for await (const _ of readSheetRows(pieces(Buffer.from(sheet), size), ctx));
      };
      await expect(read()).rejects.toThrow(/row 1\b.*<\/c>|<\/c>.*row 1\b|dòng 1\b/);
    }
  });

  it('prefixed elements (<x:row>) are read the same in 3-byte chunks', async () => {
    const xml = Buffer.from(
      `<x:worksheet xmlns:x="m"><x:sheetData>${texts
        .slice(0, 50)
        .map((t, i) => `<x:row r="${i + 1}"><x:c r="B${i + 1}" t="inlineStr"><x:is><x:t>${t}</x:t></x:is></x:c></x:row>`)
        .join('')}</x:sheetData></x:worksheet>`,
    );
    const ctx = { file: 'x.xlsx', sheet: 'S', strings: new SharedStrings('x.xlsx', 32_767), maxCellLength: 32_767 };
    const rows = [];
    for await (const batch of readSheetRows(stripPrefix(pieces(xml, 3)), ctx)) rows.push(...batch);
    expect(rows.map((r) => r.cells[1])).toEqual(texts.slice(0, 50));
  });
});
