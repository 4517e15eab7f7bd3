import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TemplateError, defaultTemplates, renderReport } from '../src/index';
import { zipPart } from './helpers/docx';
import { haiAn } from './helpers/example';
import { seedMetrics } from './fixtures/metrics';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('templates', () => {
  it('fails on a missing variable, naming it', async () => {
    const { profile } = haiAn();
    const templates = { 'section-1': '<h1>I.</h1><p>{{profile.narrative.plans}}</p>' };
    await expect(renderReport({ metrics: seedMetrics(), profile, templates, formats: ['md'] })).rejects.toThrow(TemplateError);
    await expect(renderReport({ metrics: seedMetrics(), profile, templates, formats: ['md'] })).rejects.toThrow(/missing variable "plans"/);
  });

  it('fails on an unknown helper, naming it', async () => {
    const { profile } = haiAn();
    await expect(renderReport({ metrics: seedMetrics(), profile, templates: { closing: '<p>{{money metrics.rows.read}}</p>' }, formats: ['md'] })).rejects.toThrow(/money/);
  });

  it('takes overrides and new partials from a folder, without forking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-templates-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'closing.hbs'), '{{> thanks}}\n');
    writeFileSync(join(dir, 'thanks.hbs'), '<p>Kính báo cáo {{profile.reportRecipient}} ({{count metrics.resolved.withdrawnOrRejected}} hồ sơ rút)./.</p>\n');
    writeFileSync(join(dir, 'README.txt'), 'not a template');
    const { profile, notes } = haiAn();
    const { md } = await renderReport({ metrics: seedMetrics(), profile, notes, templatesDir: dir, formats: ['md'] });
    expect(md).toContain('Kính báo cáo Ủy ban kiểm tra Đảng ủy phường Hải An (01 hồ sơ rút)./.');
    expect(md).not.toContain('Trên đây là báo cáo');
    expect(md).toContain('## I. VỀ VIỆC XÂY DỰNG, BAN HÀNH VĂN BẢN'); // the other defaults still apply
  });

  it('escapes profile text for HTML, XML and Markdown: text can never add markup', async () => {
    const { profile } = haiAn();
    const hostile = { ...profile, closing: 'A & B <b>đậm</b> </p><h1>X</h1> *sao* "q" \'a\'' };
    const { md, html, docx } = await renderReport({ metrics: seedMetrics(), profile: hostile });
    expect(html).toContain('A &#38; B &#60;b&#62;đậm&#60;/b&#62; &#60;/p&#62;&#60;h1&#62;X&#60;/h1&#62;');
    expect(md).toContain('A & B \\<b\\>đậm\\</b\\> \\</p\\>\\<h1\\>X\\</h1\\> \\*sao\\*');
    expect(zipPart(docx as Uint8Array, 'word/document.xml')).toContain('A &amp; B &lt;b&gt;đậm&lt;/b&gt; &lt;/p&gt;&lt;h1&gt;X&lt;/h1&gt; *sao* &quot;q&quot; &apos;a&apos;');
  });

  it('gives no access to prototype properties', async () => {
    const { profile } = haiAn();
    for (const expr of ['profile.constructor', 'profile.__proto__', 'metrics.constructor.name', 'profile.recipients.toString', 'lookup profile "hasOwnProperty"']) {
      const templates = { closing: `<p>[{{${expr}}}]</p>` };
      const result = renderReport({ metrics: seedMetrics(), profile, templates, formats: ['md'] });
      await expect(result).rejects.toThrow(TemplateError);
    }
  });

  it('refuses markup a template should not write, naming the element and line', async () => {
    const { profile } = haiAn();
    await expect(renderReport({ metrics: seedMetrics(), profile, templates: { closing: '<p>x</p>\n<script>y</script>' }, formats: ['md'] })).rejects.toThrow(
      /line \d+: unknown element <script>/,
    );
    await expect(renderReport({ metrics: seedMetrics(), profile, templates: { closing: '<p>x' }, formats: ['md'] })).rejects.toThrow(/never closed/);
  });

  it('lists the default template names', () => {
    expect(Object.keys(defaultTemplates)).toEqual(['report', 'masthead', 'section-1', 'section-2', 'section-3', 'section-4', 'comparisons', 'service-index', 'section-5', 'closing', 'signoff']);
  });
});
