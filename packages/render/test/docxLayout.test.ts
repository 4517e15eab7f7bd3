import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/index';
import { zipPart } from './helpers/docx';
import { haiAn } from './helpers/example';
import { seedMetrics } from './fixtures/metrics';

const twipsToMm = (t: number): number => (t * 25.4) / 1440;

async function docx(): Promise<Uint8Array> {
  const { profile, notes } = haiAn();
  return (await renderReport({ metrics: seedMetrics(), profile, notes, formats: ['docx'] })).docx as Uint8Array;
}

describe('DOCX layout of Nghị định 30/2020 (Phụ lục I)', () => {
  it('is A4 with margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm', async () => {
    const xml = zipPart(await docx(), 'word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    const mar = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml);
    const [top, right, bottom, left] = (mar?.slice(1) ?? []).map((v) => twipsToMm(Number(v)));
    for (const v of [top, bottom]) {
      expect(v).toBeGreaterThanOrEqual(20 - 0.05);
      expect(v).toBeLessThanOrEqual(25);
    }
    expect(left).toBeGreaterThanOrEqual(30 - 0.05);
    expect(left).toBeLessThanOrEqual(35);
    expect(right).toBeGreaterThanOrEqual(15 - 0.05);
    expect(right).toBeLessThanOrEqual(20);
  });

  it('sets Times New Roman for every script in the defaults, body 14 pt', async () => {
    const styles = zipPart(await docx(), 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(styles).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('justifies the body with a 1 cm first-line indent and 6 pt before each paragraph', async () => {
    const styles = zipPart(await docx(), 'word/styles.xml');
    const body = /<w:style w:type="paragraph" w:styleId="BodyText">[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:firstLine="567"/>'); // 1 cm
    expect(body).toContain('w:before="120"'); // 6 pt
    expect(body).toContain('w:line="240" w:lineRule="auto"'); // single spacing
  });

  it('numbers the pages at the top centre from page 2 only', async () => {
    const file = await docx();
    const xml = zipPart(file, 'word/document.xml');
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toContain('<w:headerReference w:type="default" r:id="rId5"/>');
    expect(xml).toContain('<w:headerReference w:type="first" r:id="rId6"/>');
    expect(zipPart(file, 'word/header1.xml')).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
    expect(zipPart(file, 'word/header2.xml')).not.toContain('PAGE');
    expect(zipPart(file, 'word/styles.xml')).toMatch(/w:styleId="Header">.*<w:jc w:val="center"\/>.*<w:sz w:val="28"\/>/);
  });

  it('prints the header, Nơi nhận and signature with the decree’s sizes and styles', async () => {
    const xml = zipPart(await docx(), 'word/document.xml');
    const run = (text: string): string => new RegExp(`<w:r>(?:<w:rPr>((?:(?!</w:rPr>).)*)</w:rPr>)?<w:t xml:space="preserve">${text}</w:t></w:r>`).exec(xml)?.[1] ?? '(none)';
    expect(run('PHƯỜNG HẢI AN')).toBe('<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/>'); // 13 pt bold
    expect(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('<w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/>');
    expect(run('Độc lập - Tự do - Hạnh phúc')).toBe('<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/><w:u w:val="single"/>');
    expect(run('Hải An, ngày … tháng … năm 2026')).toBe('<w:i/><w:iCs/>');
    expect(run('Nơi nhận:')).toBe('<w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/>'); // 12 pt bold italic
    expect(run('- UBKTĐU;')).toBe('<w:sz w:val="22"/><w:szCs w:val="22"/>'); // 11 pt
    expect(run('KT. CHỦ TỊCH')).toBe('<w:b/><w:bCs/>');
    expect(run('Bùi Quang Ngân')).toBe('<w:b/><w:bCs/>');
  });

  it('writes the footnote as a real footnote', async () => {
    const file = await docx();
    expect(zipPart(file, 'word/document.xml')).toContain('<w:footnoteReference w:id="1"/>');
    expect(zipPart(file, 'word/footnotes.xml')).toContain('<w:footnote w:id="1">');
    expect(zipPart(file, 'word/settings.xml')).toContain('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>');
  });
});
