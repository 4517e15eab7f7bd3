// The annex's xl/styles.xml in schema order, checked element by element. No OOXML validator runs
// here (Microsoft's Open XML SDK needs .NET, which neither Debian's apt nor the npm registry
// offers, and no npm or apt package ships the ECMA-376 schemas for `xmllint --schema`), so the
// sequences below are written from the schema and every style element is checked against them.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/index';
import { stylesInSchemaOrder } from '../src/xlsx/stylesInSchemaOrder';
import { zipPart } from './helpers/docx';
import { haiAn } from './helpers/example';
import { seedMetrics } from './fixtures/metrics';

// ECMA-376 Part 1, §18.8 (sml.xsd): CT_Stylesheet, CT_Border, CT_Xf, CT_PatternFill and CT_Dxf
// are sequences. CT_Font (§18.8.22) is declared a repeatable choice, but the Open XML SDK validates
// it as the sequence of its Font class, which is also the order Excel writes: b, i, strike,
// condense, extend, outline, shadow, u, vertAlign, sz, color, name, family, charset, scheme.
const SEQUENCE: Record<string, string[]> = {
  styleSheet: ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
  font: ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'],
  border: ['start', 'end', 'left', 'right', 'top', 'bottom', 'diagonal', 'vertical', 'horizontal'],
  xf: ['alignment', 'protection', 'extLst'],
  patternFill: ['fgColor', 'bgColor'],
  dxf: ['font', 'numFmt', 'fill', 'alignment', 'border', 'protection', 'extLst'],
};

/** Every element of the XML with the names of its child elements, in document order. */
function elements(xml: string): { name: string; children: string[] }[] {
  const all: { name: string; children: string[] }[] = [];
  const open: { name: string; children: string[] }[] = [];
  for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    if (close) {
      open.pop();
      continue;
    }
    open[open.length - 1]?.children.push(name as string);
    const element = { name: name as string, children: [] };
    all.push(element);
    if (!selfClosing) open.push(element);
  }
  return all;
}

/** The faults of order: `font: color before sz`, or a child the sequence does not have. */
function orderFaults(xml: string): string[] {
  const faults: string[] = [];
  for (const { name, children } of elements(xml)) {
    const sequence = SEQUENCE[name];
    if (!sequence) continue;
    children.forEach((child, i) => {
      const at = sequence.indexOf(child);
      if (at < 0) faults.push(`${name}: ${child} is not in the sequence`);
      const before = children[i - 1];
      if (before !== undefined && at >= 0 && sequence.indexOf(before) >= at) faults.push(`${name}: ${before} before ${child}`);
    });
  }
  return faults;
}

describe('the annex styles in schema order', () => {
  it('has every font, fill, border and format of the Hải An annex in sequence order', async () => {
    const { profile, notes } = haiAn();
    const { xlsx } = await renderReport({ metrics: seedMetrics(), profile, notes, formats: ['xlsx'] });
    const styles = zipPart(xlsx as Uint8Array, 'xl/styles.xml');
    const found = elements(styles);
    // The check looks at what is there: fonts, borders, formats and the fills' patterns.
    expect(found.filter((e) => e.name === 'font').length).toBeGreaterThan(3);
    expect(found.some((e) => e.name === 'border' && e.children.length === 5)).toBe(true);
    expect(found.some((e) => e.name === 'xf' && e.children.includes('alignment'))).toBe(true);
    expect(orderFaults(styles)).toEqual([]);
    // The first font, exceljs's default, is the one the SDK reported: now sz, color, name, family.
    expect(found.find((e) => e.name === 'font')?.children).toEqual(['sz', 'color', 'name', 'family']);
  });

  it("puts a richer exceljs workbook's styles in order too (underline, strike, colours, protection)", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('S');
    const cell = sheet.getCell('A1');
    cell.value = 'x';
    cell.font = { name: 'Arial', size: 9, bold: true, italic: true, underline: 'double', strike: true, color: { argb: 'FFFF0000' }, vertAlign: 'superscript', family: 2, charset: 163, scheme: 'minor' };
    cell.border = { top: { style: 'thin', color: { argb: 'FF00FF00' } }, diagonal: { up: true, style: 'dotted' }, left: { style: 'thick' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' }, bgColor: { argb: 'FF0000FF' } };
    cell.alignment = { horizontal: 'center' };
    cell.protection = { locked: false };
    const written = zipPart(new Uint8Array(await wb.xlsx.writeBuffer()), 'xl/styles.xml');
    expect(orderFaults(written)).not.toEqual([]); // what exceljs writes
    const ordered = stylesInSchemaOrder(written);
    expect(orderFaults(ordered)).toEqual([]);
    // The same elements and attributes, only moved: the same tokens, and exceljs reads it the same.
    const tokens = (xml: string) => (xml.match(/<[^>]*>/g) ?? []).sort();
    expect(tokens(ordered)).toEqual(tokens(written));
    expect(stylesInSchemaOrder(ordered)).toBe(ordered);
  });

  it('leaves an element with text or unknown children as it is', () => {
    const xml = '<styleSheet><fonts><font><color rgb="1"/><x:odd/><sz val="1"/></font><font><name val="A"/> <b/></font></fonts></styleSheet>';
    expect(stylesInSchemaOrder(xml)).toBe(xml);
  });
});
