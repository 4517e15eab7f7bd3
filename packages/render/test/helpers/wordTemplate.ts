import { zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const enc = (s: string) => new TextEncoder().encode(s);

/**
 * A small letterhead template as a ward would make in Word: its own header table text, the
 * placeholders split across runs as Word does, `{{body}}` and `{{signoff}}` paragraphs.
 */
export function letterheadTemplate(extraParagraph = ''): Uint8Array {
  const p = (runs: string, pPr = '') => `<w:p>${pPr}${runs}</w:p>`;
  const r = (t: string, rPr = '') => `<w:r>${rPr}<w:t xml:space="preserve">${t}</w:t></w:r>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>
${p(r('ỦY BAN NHÂN DÂN PHƯỜNG HẢI AN — TIÊU ĐỀ RIÊNG', '<w:rPr><w:b/></w:rPr>'), '<w:pPr><w:jc w:val="center"/></w:pPr>')}
${p(r('Số: {{num') + r('ber}}/{{sym', '<w:rPr><w:i/></w:rPr>') + r('bol}}'))}
${p(r('{{dateLine}}', '<w:rPr><w:i/></w:rPr>'), '<w:pPr><w:jc w:val="right"/></w:pPr>')}
${p(r('{{') + r('body') + r('}}'))}
${p(r('{{signoff}}'))}
${extraParagraph}
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>
</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`),
    '_rels/.rels': enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    'word/styles.xml': enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`),
    'word/document.xml': enc(document),
  });
}
