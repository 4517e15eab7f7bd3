import { InputError } from '@tthc/core';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/index';
import { paragraphsOf, zipPart } from './helpers/docx';
import { haiAn } from './helpers/example';
import { letterheadTemplate } from './helpers/wordTemplate';
import { seedMetrics } from './fixtures/metrics';

describe('a ward’s own Word template (letterhead) with placeholders', () => {
  it('keeps the letterhead, fills the placeholders and puts the report body and sign-off in', async () => {
    const { profile, notes } = haiAn();
    const { docx } = await renderReport({
      metrics: seedMetrics(),
      profile,
      notes: { ...notes, documentNumber: 7 },
      documentDate: '2026-01-08',
      wordTemplate: letterheadTemplate(),
      formats: ['docx'],
    });
    const paragraphs = paragraphsOf(zipPart(docx as Uint8Array, 'word/document.xml'));
    expect(paragraphs.slice(0, 5)).toEqual([
      'ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN — TIÊU ĐỀ RIÊNG',
      'Số: 07/BC-UBND',
      'Hải An, ngày 08 tháng 01 năm 2026',
      'BÁO CÁO',
      expect.stringMatching(/^GIÁM SÁT THƯỜNG XUYÊN/),
    ]);
    expect(paragraphs).toContain('- Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 325 hồ sơ.');
    // A filled paragraph keeps the style of its first run: "Số: {{num" was upright, "{{dateLine}}" italic.
    const xml = zipPart(docx as Uint8Array, 'word/document.xml');
    expect(xml).toContain('<w:r><w:t xml:space="preserve">Số: 07/BC-UBND</w:t></w:r>');
    expect(xml).toContain('<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Hải An, ngày 08 tháng 01 năm 2026</w:t></w:r>');
    expect(paragraphs.slice(-3)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Bùi Quang Ngân']);
    // The footnote part, its relationship and content type are added; our styles are merged in.
    expect(paragraphsOf(zipPart(docx as Uint8Array, 'word/footnotes.xml'))[0]).toMatch(/^Kế hoạch số 79\/KH-UBND/);
    expect(zipPart(docx as Uint8Array, 'word/_rels/document.xml.rels')).toContain('Target="footnotes.xml"');
    expect(zipPart(docx as Uint8Array, '[Content_Types].xml')).toContain('/word/footnotes.xml');
    expect(zipPart(docx as Uint8Array, 'word/styles.xml')).toContain('w:styleId="BodyText"');
  });

  it('refuses an unknown placeholder, naming it', async () => {
    const { profile } = haiAn();
    const template = letterheadTemplate('<w:p><w:r><w:t>{{signer}}</w:t></w:r></w:p>');
    await expect(renderReport({ metrics: seedMetrics(), profile, wordTemplate: template, formats: ['docx'] })).rejects.toThrow(/\{\{signer\}\}/);
  });

  it('refuses a file that is not a .docx', async () => {
    const { profile } = haiAn();
    await expect(renderReport({ metrics: seedMetrics(), profile, wordTemplate: new TextEncoder().encode('not a zip'), formats: ['docx'] })).rejects.toThrow(InputError);
  });
});
