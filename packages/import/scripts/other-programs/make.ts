// Writes test/fixtures/other-programs/: one small dossier list written by programs we did not
// write — openpyxl (date cells), xlsxwriter (constant-memory mode: inline strings; text dates),
// SheetJS and exceljs (date cells), LibreOffice headless (xlsx, xls, ods converted from the openpyxl file) —
// and `expected.jsonl`, the canonical dossiers built straight from the rows below (not by the
// importer). `pnpm --filter @tthc/import fixtures:other` (needs Debian's python3-openpyxl and
// python3-xlsxwriter, and LibreOffice).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';

// SheetJS 0.18.5 turns a JS Date into a serial through the local zone's offset of 1899, which for
// Asia/Ho_Chi_Minh (LMT +7:06:40) puts every time 30 s late — a writer's bug no reader can undo
// (seen when the fixtures were made). The script runs in UTC (`TZ=UTC` in the package script), where they are exact.
if (new Date(2026, 0, 1).getTimezoneOffset() !== 0) throw new Error('run with TZ=UTC: pnpm --filter @tthc/import fixtures:other');

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'test', 'fixtures', 'other-programs');
const python = '/usr/bin/python3'; // Debian's, where apt installs openpyxl and xlsxwriter

/** [code, procedure, field, status word, status id, channel word, channel id, received, due, returned] (dates: y, m, d, h, min). */
type D = [number, number, number, number, number];
const rows: [string, string, string, string, string, string, string, D, D, D | null][] = [
  ['XA-001', 'Đăng ký khai sinh', 'Hộ tịch', 'Đã trả kết quả', 'returned', 'Trực tuyến', 'online', [2026, 3, 2, 8, 0], [2026, 3, 3, 17, 0], [2026, 3, 3, 10, 30]],
  ['XA-002', 'Chứng thực bản sao từ bản chính', 'Chứng thực', 'Đang xử lý', 'processing', 'Trực tiếp', 'direct', [2026, 3, 2, 9, 15], [2026, 3, 13, 17, 0], null],
  ['XA-003', 'Đăng ký kết hôn', 'Hộ tịch', 'Đã trả kết quả', 'returned', 'Bưu chính công ích', 'postal', [2026, 3, 5, 14, 0], [2026, 3, 6, 17, 0], [2026, 3, 9, 8, 0]],
  ['XA-004', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 'Chờ bổ sung', 'supplementRequested', 'Trực tuyến', 'online', [2026, 3, 10, 7, 30], [2026, 3, 12, 17, 0], null],
  ['XA-005', 'Đăng ký khai tử', 'Hộ tịch', 'Rút hồ sơ', 'withdrawn', 'Trực tiếp', 'direct', [2026, 3, 12, 10, 0], [2026, 3, 13, 17, 0], [2026, 3, 12, 15, 0]],
  ['XA-006', 'Chứng thực chữ ký', 'Chứng thực', 'Đã tiếp nhận', 'accepted', 'Trực tiếp', 'direct', [2026, 3, 31, 16, 45], [2026, 4, 1, 17, 0], null],
];
const heading = ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Trạng thái', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'];
const iso = (d: D) => `${d[0]}-${String(d[1]).padStart(2, '0')}-${String(d[2]).padStart(2, '0')}T${String(d[3]).padStart(2, '0')}:${String(d[4]).padStart(2, '0')}:00`;

mkdirSync(out, { recursive: true });
// The canonical dossiers, field by field from the rows (the key order of the import's output).
writeFileSync(
  join(out, 'expected.jsonl'),
  rows
    .map(([code, procedureName, fieldName, , status, , channel, received, due, returned]) =>
      JSON.stringify({
        code, procedureName, channel, status, fieldName, receivedAt: iso(received), dueAt: iso(due),
        ...(returned ? { returnedAt: iso(returned) } : {}),
      }),
    )
    .join('\n') + '\n',
);
const table = JSON.stringify({ heading, rows: rows.map((r, i) => [i + 1, r[0], r[1], r[2], r[3], r[5], r[7], r[8], r[9]]) });

// openpyxl: real date cells with a day-first number format, shared strings, a title row.
execFileSync(python, ['-c', `
import json, sys, datetime
from openpyxl import Workbook
t = json.loads(sys.argv[2]); wb = Workbook(); ws = wb.active; ws.title = 'Danh sách'
ws.append(['DANH SÁCH HỒ SƠ']); ws.append(t['heading'])
for r in t['rows']:
    ws.append([datetime.datetime(*v) if isinstance(v, list) else v for v in r])
for row in ws.iter_rows(min_row=3):
    for c in row:
        if isinstance(c.value, datetime.datetime): c.number_format = 'dd/mm/yyyy hh:mm'
wb.save(sys.argv[1])
`, join(out, 'openpyxl.xlsx'), table]);

// xlsxwriter in constant-memory mode: inline strings, dates written as day-first text.
execFileSync(python, ['-c', `
import json, sys
import xlsxwriter
t = json.loads(sys.argv[2]); wb = xlsxwriter.Workbook(sys.argv[1], {'constant_memory': True}); ws = wb.add_worksheet('DS')
ws.write_row(0, 0, t['heading'])
def txt(v): return '%02d/%02d/%04d %02d:%02d' % (v[2], v[1], v[0], v[3], v[4])
for i, r in enumerate(t['rows']):
    ws.write_row(i + 1, 0, [txt(v) if isinstance(v, list) else ('' if v is None else v) for v in r])
wb.close()
`, join(out, 'xlsxwriter.xlsx'), table]);

// SheetJS (xlsx 0.18.5, the registry's last; a writer here only, never our reader): date cells
// from JS Dates given as wall time, and a day-first number format.
{
  const aoa: unknown[][] = [heading];
  for (const [i, r] of rows.entries()) {
    const date = (d: D | null) => (d ? new Date(d[0], d[1] - 1, d[2], d[3], d[4]) : null);
    aoa.push([i + 1, r[0], r[1], r[2], r[3], r[5], date(r[7]), date(r[8]), date(r[9])]);
  }
  const sheet = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'dd/mm/yyyy hh:mm' });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  writeFileSync(join(out, 'sheetjs.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellDates: false }) as Buffer);
}

// exceljs: date cells (UTC, as exceljs writes a JS Date's UTC wall time).
const wb = new ExcelJS.Workbook();
wb.created = new Date(Date.UTC(2026, 0, 1));
wb.modified = wb.created;
const ws = wb.addWorksheet('Hồ sơ');
ws.addRow(heading);
for (const [i, r] of rows.entries()) {
  const date = (d: D | null) => (d ? new Date(Date.UTC(d[0], d[1] - 1, d[2], d[3], d[4])) : null);
  ws.addRow([i + 1, r[0], r[1], r[2], r[3], r[5], date(r[7]), date(r[8]), date(r[9])]);
}
for (const c of [7, 8, 9]) ws.getColumn(c).numFmt = 'dd/mm/yyyy hh:mm';
await wb.xlsx.writeFile(join(out, 'exceljs.xlsx'));

// LibreOffice headless: the openpyxl file saved again as xlsx, xls (BIFF8) and ods.
const work = mkdtempSync(join(tmpdir(), 'tthc-lo-'));
try {
  copyFileSync(join(out, 'openpyxl.xlsx'), join(work, 'libreoffice.xlsx'));
  for (const [to, filter] of [['xls', 'xls:MS Excel 97'], ['ods', 'ods'], ['xlsx', 'xlsx:Calc MS Excel 2007 XML']] as const) {
    const dir = join(work, to);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', dir, join(work, 'libreoffice.xlsx')], { stdio: 'ignore' });
    copyFileSync(join(dir, `libreoffice.${to}`), join(out, `libreoffice.${to}`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`wrote ${out}\n`);
