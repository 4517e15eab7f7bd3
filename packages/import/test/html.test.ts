import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';

// HTML-table exports : web systems save a page's <table> with a ".xls", ".htm" or
// ".html" name. Told from the bytes, not the name.

const page = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html><head>${head}<title>DS</title></head><body>${body}</body></html>`;

describe('HTML-table exports', () => {
  it('reads thead/tbody, colspan and rowspan headings, <br> in cells, entities, unclosed cells', async () => {
    const html = page(`<h1>DANH SÁCH</h1><table>
      <thead>
        <tr><th rowspan="2">Số hồ sơ</th><th rowspan="2">Tên thủ tục</th><th rowspan="2">Trạng thái</th><th colspan="3">Ngày</th></tr>
        <tr><th>Tiếp nhận</th><th>Hẹn trả</th><th>Trả kết quả</th></tr>
      </thead>
      <tbody>
        <tr><td>H-1<td>Chứng thực bản sao<br>từ bản chính &amp; giấy tờ<td>Đã trả kết quả<td>02/03/2026 08:00<td>03/03/2026 17:00<td>03/03/2026&nbsp;10:00
        <tr><td>H-2</td><td>Đăng ký khai sinh</td><td>Đang xử lý</td><td>02/03/2026 09:00</td><td>05/03/2026 17:00</td><td></td></tr>
      </tbody></table>`);
    const result = await importDossiers([{ name: 'ds.xls', data: Buffer.from(html) }]);
    expect(result.inputs[0]).toMatchObject({ format: 'html', source: 'one-stop', rows: { read: 4, accepted: 2, rejected: 0, skipped: 2 } });
    expect(result.dossiers[0]).toMatchObject({
      code: 'H-1', procedureName: 'Chứng thực bản sao từ bản chính & giấy tờ', status: 'returned',
      receivedAt: '2026-03-02T08:00:00', dueAt: '2026-03-03T17:00:00', returnedAt: '2026-03-03T10:00:00',
    });
    expect(result.dossiers[1]).toMatchObject({ code: 'H-2', status: 'processing', dueAt: '2026-03-05T17:00:00' });
  });

  it('decodes the charset the page declares, or its byte-order mark', async () => {
    const table = '<table><tr><td>Số hồ sơ</td><td>Tên thủ tục</td><td>Trạng thái</td><td>Ngày tiếp nhận</td><td>Ngày hẹn trả</td></tr><tr><td>W-1</td><td>Đăng ký kết hôn</td><td>Đang xử lý</td><td>02/03/2026</td><td>05/03/2026</td></tr></table>';
    // Headings without diacritics (they are compared folded), a text in windows-1252.
    const ascii = '<table><tr><td>Ma ho so</td><td>Ten thu tuc</td><td>Trang thai</td><td>Ngay tiep nhan</td><td>Ngay hen tra</td></tr><tr><td>W-1</td><td>Caf\u00e9 r\u00e9</td><td>Dang xu ly</td><td>02/03/2026</td><td>05/03/2026</td></tr></table>';
    const encoded = Buffer.from(page(ascii, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'), 'latin1');
    const result = await importDossiers([{ name: 'ds.htm', data: encoded }]);
    expect(result.dossiers[0]?.procedureName).toBe('Café ré');
    const utf16 = Buffer.from(`\uFEFF${page(table, '')}`, 'utf16le');
    expect((await importDossiers([{ name: 'ds.html', data: utf16 }])).dossiers[0]?.procedureName).toBe('Đăng ký kết hôn');
  });

  it('a page without a dossier table is refused, naming the file', async () => {
    await expect(importDossiers([{ name: 'empty.html', data: Buffer.from(page('<table><tr><td>Xin chào</td></tr></table>')) }])).rejects.toThrow('empty.html');
  });
});
