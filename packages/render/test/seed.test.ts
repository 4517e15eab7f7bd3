import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/index';
import { paragraphsOf, zipPart } from './helpers/docx';
import { haiAn, seedPath } from './helpers/example';
import { seedMetrics } from './fixtures/metrics';

const normalise = (s: string): string => s.replace(/\u00a0/g, ' ').replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/**
 * The seed's paragraphs, with the page-break artefacts of its text export undone: the
 * footnote line printed mid-paragraph is taken out and the paragraph it split is joined.
 */
function seed(): { paragraphs: string[]; footnote: string } {
  const blocks = readFileSync(seedPath, 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const footIndex = blocks.findIndex((b) => b.startsWith('¹'));
  const footnote = normalise((blocks[footIndex] as string).replace(/^¹\s*/, ''));
  const paragraphs = [...blocks.slice(0, footIndex - 1), `${blocks[footIndex - 1]} ${blocks[footIndex + 1]}`, ...blocks.slice(footIndex + 2)]
    .flatMap((b) => b.split('\n'))
    .map((b) => normalise(b.replace('¹', '')));
  return { paragraphs, footnote };
}

/**
 * Where the generated report knowingly differs from the draft: the draft's period sentence has
 * the wrong year (07/01/2025 for 07/01/2026), and three figure lines lack their final full stop.
 */
function expectedFromSeed(paragraphs: string[]): string[] {
  return paragraphs.map((p) =>
    p
      .replace('Từ 25/12/2025 đến 07/01/2025', 'Từ 25/12/2025 đến 07/01/2026')
      .replace(/(đã hoàn thành việc xử lý\): 0|trong kỳ báo cáo\): 0)$/, '$1.'),
  );
}

describe('the Hải An example reproduces the seed report', () => {
  it('has the seed text in the DOCX, header to signature, with section IV from the metrics', async () => {
    const { profile, notes } = haiAn();
    const { docx } = await renderReport({ metrics: seedMetrics(), profile, notes, formats: ['docx'] });
    const ours = paragraphsOf(zipPart(docx as Uint8Array, 'word/document.xml')).map((p) => p.replace(/…/g, '').replace(/\s+/g, ' ').trim());
    const { paragraphs, footnote } = seed();
    // The seed's text export lost the header table's first cells: agency name, quốc hiệu, tiêu ngữ.
    expect(ours.slice(0, 4)).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẢI AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    // The date line: no date given, so the day and month stay blank ("ngày … tháng … năm 2026").
    expect(ours.slice(4)).toEqual(expectedFromSeed(paragraphs));
    expect(paragraphsOf(zipPart(docx as Uint8Array, 'word/footnotes.xml'))).toEqual([footnote]);
  });

  it('has the same text in Markdown and HTML', async () => {
    const { profile, notes } = haiAn();
    const { md, html } = await renderReport({ metrics: seedMetrics(), profile, notes, formats: ['md', 'html'] });
    for (const p of ['Tổng số hồ sơ đã giải quyết 108 hồ sơ, trong đó đúng hạn, trước hạn: 107 hồ sơ; từ chối/rút: 01 hồ sơ.', 'Từ 25/12/2025 đến 07/01/2026, phường không có hồ sơ quá hạn']) {
      expect(md).toContain(p);
      expect(html).toContain(p);
    }
    expect(md).toContain('toàn trình phát sinh hồ sơ: **07** thủ tục; một phần: **04** thủ tục.');
    expect(md).toContain('DVC trực tuyến toàn trình: **3,24%**, một phần: **2,48%**.');
    expect(md).toContain('Kế hoạch[^1], theo đó');
    expect(md).toContain('[^1]: Kế hoạch số 79/KH-UBND ngày 08/9/2025');
    expect(html).toContain('<b>07</b> thủ tục; một phần: <b>04</b> thủ tục.');
    expect(html).toContain('<sup class="fnref"><a id="fnref1" href="#fn1">1</a></sup>');
  });
});
