import type { Block, Run } from '../markup/blocks';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inline(runs: Run[], notes: string[]): string {
  return runs
    .map((r) => {
      if (r.kind === 'footnote') {
        notes.push(r.runs.map((t) => esc(t.text)).join(''));
        const n = notes.length;
        return `<sup class="fnref"><a id="fnref${n}" href="#fn${n}">${n}</a></sup>`;
      }
      let html = esc(r.text);
      if (r.bold) html = `<b>${html}</b>`;
      if (r.italic) html = `<i>${html}</i>`;
      return html;
    })
    .join('');
}

// Nghị định 30/2020 on paper: A4, margins 20/15/20/30 mm, Times New Roman, justified 14 pt
// body with a 1 cm first-line indent and 6 pt between paragraphs, page numbers at the top
// centre from page 2 (CSS paged media; browsers without margin boxes just omit them).
const FONT = '"Times New Roman", Tinos, "Liberation Serif", serif';
const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 14pt ${FONT}; } }
@page :first { @top-center { content: none; } }
html { background: #eee; }
body { font: 14pt/1.2 ${FONT}; color: #000; margin: 0; }
main { background: #fff; width: 165mm; margin: 10mm auto; padding: 20mm 15mm 20mm 30mm; box-sizing: content-box; }
p, h1, h2, h3 { font-family: ${FONT}; font-size: 14pt; margin: 6pt 0 0; text-align: justify; text-indent: 1cm; color: #000; }
h1, h2 { font-weight: bold; } h3 { font-weight: normal; }
table { border-collapse: collapse; table-layout: fixed; }
td { vertical-align: top; padding: 0; font-family: ${FONT}; }
table.masthead { width: 175mm; margin-left: -10mm; }
table.masthead td { text-align: center; font-size: 13pt; }
table.masthead div { text-align: center; }
.agency { font-weight: bold; }
.rule { width: 30%; margin: 1pt auto 0; border-top: 1px solid #000; height: 0; }
.nation { font-weight: bold; white-space: nowrap; }
.motto { font-weight: bold; font-size: 14pt; text-decoration: underline; text-underline-offset: 3pt; }
table.masthead td.dateline { font-style: italic; font-size: 14pt; padding-top: 6pt; }
table.masthead td.number { padding-top: 6pt; }
p.title { text-align: center; font-weight: bold; margin-top: 18pt; text-indent: 0; }
p.subtitle { text-align: center; font-weight: bold; margin-top: 0; text-indent: 0; }
p.subtitle + .rule { margin-bottom: 12pt; }
table.signoff { width: 100%; margin-top: 12pt; page-break-inside: avoid; break-inside: avoid; }
p.recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; margin: 6pt 0 0; text-indent: 0; text-align: left; }
p.recipients { font-size: 11pt; margin: 0; text-indent: 0; text-align: left; }
p.signer { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
p.signer-name { text-align: center; font-weight: bold; margin-top: 72pt; text-indent: 0; }
sup.fnref a { color: inherit; text-decoration: none; }
section.footnotes { margin-top: 18pt; }
section.footnotes::before { content: ""; display: block; width: 50mm; border-top: 1px solid #000; margin-bottom: 4pt; }
section.footnotes p { font-size: 12pt; text-indent: 0; margin-top: 0; }
@media print { html { background: none; } main { width: auto; margin: 0; padding: 0; } }
`;

/**
 * Writes the report as a standalone HTML page that prints in the layout of the DOCX.
 *
 * @param blocks - the parsed markup
 * @param title - the page title
 * @returns the HTML text
 */
export function writeHtml(blocks: Block[], title: string): string {
  const notes: string[] = [];
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'masthead': {
        const left = [
          ...(b.parent ? [`<div class="parent">${esc(b.parent)}</div>`] : []),
          ...b.agency.map((a) => `<div class="agency">${esc(a)}</div>`),
          '<div class="rule"></div>',
        ].join('');
        const right = `<div class="nation">${esc(b.nation)}</div><div class="motto">${esc(b.motto)}</div>`;
        out.push(
          `<table class="masthead"><colgroup><col style="width:65mm"><col style="width:110mm"></colgroup><tr><td>${left}</td><td>${right}</td></tr>` +
            `<tr><td class="number">${esc(b.number)}</td><td class="dateline">${esc(b.dateline)}</td></tr></table>`,
        );
        break;
      }
      case 'title':
        out.push(`<p class="title">${esc(b.text)}</p>`);
        break;
      case 'subtitle':
        out.push(`<p class="subtitle">${esc(b.text)}</p><div class="rule"></div>`);
        break;
      case 'heading':
        out.push(`<h${b.level}>${inline(b.runs, notes)}</h${b.level}>`);
        break;
      case 'paragraph':
        out.push(`<p>${inline(b.runs, notes)}</p>`);
        break;
      case 'signoff': {
        const left = [`<p class="recipients-label">${esc(b.recipientsLabel)}</p>`, ...b.recipients.map((r) => `<p class="recipients">${esc(r)}</p>`)].join('');
        const right = [...b.authority.map((a) => `<p class="signer">${esc(a)}</p>`), `<p class="signer-name">${esc(b.name)}</p>`].join('');
        out.push(`<table class="signoff"><colgroup><col style="width:45%"><col style="width:55%"></colgroup><tr><td>${left}</td><td>${right}</td></tr></table>`);
        break;
      }
    }
  }
  if (notes.length > 0) {
    out.push(`<section class="footnotes">${notes.map((n, i) => `<p id="fn${i + 1}"><sup>${i + 1}</sup> ${n}</p>`).join('')}</section>`);
  }
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${out.join('\n')}
</main>
</body>
</html>
`;
}
