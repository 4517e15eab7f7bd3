// Builds the test fixtures (deterministic bytes). `pnpm --filter @tthc/import fixtures` writes
// them to test/fixtures/ for people to open; the tests build them in memory from here.
import { type WriteCell, toSerial, xlsxBuffer } from './xlsxWriter';

const nfd = (s: string) => s.normalize('NFD');

/**
 * A city one-stop "danh sách hồ sơ": two title rows, a blank row, a two-row heading with merged
 * cells ("Ngày" over Nộp / Tiếp nhận / Hẹn trả / Trả kết quả) written in NFD, serial and text
 * dates, serial 60, a TCVN3 procedure name, a gap (an empty row left out of the XML), an unknown
 * status, an unreadable date and a totals row.
 *
 * Rows: 1 title, 2 title, 3 blank, 4–5 heading, 6–12 data (8 is missing from the XML), 13 totals.
 */
export function oneStopRows(): { rows: (WriteCell[] | null)[]; merges: string[] } {
  const top = ['STT', 'Số hồ sơ', 'Mã TTHC', 'Tên thủ tục', 'Lĩnh vực', 'Trạng thái', 'Hình thức nộp', 'Ngày', '', '', ''].map(nfd);
  const sub = ['', '', '', '', '', '', '', 'Nộp', 'Tiếp nhận', 'Hẹn trả', 'Trả kết quả'].map(nfd);
  const rows: (WriteCell[] | null)[] = [
    ['UBND THÀNH PHỐ HẢI PHÒNG'],
    ['DANH SÁCH HỒ SƠ'],
    [],
    top,
    sub,
    // 6: serial dates, returned.
    [1, 'HS-001', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Đã trả kết quả', 'Trực tuyến',
      { serial: toSerial('2026-01-05T08:00:00') }, { serial: toSerial('2026-01-05T08:30:00') }, '05/01/2026 17:00', '05/01/2026 10:15'],
    // 7: text dates, processing, TCVN3 procedure name ("Chứng thực bản sao").
    [2, 'HS-002', '2.000815', 'Chøng thùc b¶n sao', 'Chứng thực', 'Đang giải quyết', 'Trực tiếp',
      '05/01/2026 09:00', '05/01/2026 09:05:30', '07/01/2026 17:00', ''],
    // 8: left out (a gap: an empty row).
    null,
    // 9: serial 60 (29/02/1900, a day that never was) → invalid_date.
    [3, 'HS-003', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Đã tiếp nhận', 'Bưu chính', '', { serial: 60 }, '08/01/2026', ''],
    // 10: unknown status word → unknown_status.
    [4, 'HS-004', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Đang ngâm', 'Trực tiếp', '', '05/01/2026 10:00', '06/01/2026', ''],
    // 11: month first (13th month) → invalid_date, never a guess.
    [5, 'HS-005', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Đang xử lý', 'Qua mạng', '', '01/13/2026', '20/01/2026', ''],
    // 12: yyyyMMddHHmmss and a numeric status code.
    [6, 'HS-006', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 10, 'DVC trực tuyến', '', '20260106080000', '20260106170000', '20260106160000'],
    ['Tổng số: 6 hồ sơ'],
  ];
  const merges = ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:K4'];
  return { rows, merges };
}

/** The one-stop list as a workbook (sheet before shared strings, as Excel writes it). */
export async function oneStopXlsx(options: { inlineStrings?: boolean; sharedStringsFirst?: boolean; prefix?: string } = {}): Promise<Buffer> {
  const { rows, merges } = oneStopRows();
  return xlsxBuffer({ name: 'Danh sách', rows, merges }, options);
}

/** A CSV export: BOM, semicolons, a quoted line break, Vietnamese in NFD, a totals row. */
export function oneStopCsv(): Buffer {
  const lines = [
    'DANH SÁCH HỒ SƠ;;;;;;',
    '',
    nfd('Số hồ sơ;Tên thủ tục hành chính;Lĩnh vực;Kênh nộp;Trạng thái hồ sơ;Ngày tiếp nhận;Ngày hẹn trả;Ngày trả kết quả'),
    'CSV-1;"Chứng thực bản sao từ bản chính\ngiấy tờ, văn bản";Chứng thực;Trực tiếp;Hoàn thành;05/01/2026 08:00;05/01/2026 17:00;05/01/2026 11:00',
    'CSV-2;Đăng ký khai sinh;Hộ tịch;BCCI;Chờ bổ sung;2026-01-05T09:00:00;2026-01-08T17:00;',
    'CSV-3;Đăng ký khai sinh;Hộ tịch;Trực tuyến;Rút hồ sơ;06/01/2026 08:00;06/01/2026 17:00;06/01/2026 09:00',
    ';;;;;;;',
    'Tổng cộng: 3;;;;;;;',
  ];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]);
}

/** The same kind of list in UTF-16 LE with a BOM and tabs (what "Unicode text" exports are). */
export function utf16Tsv(): Buffer {
  const text = ['Mã hồ sơ\tThủ tục\tTrạng thái\tNgày nhận\tHạn xử lý\tHình thức tiếp nhận', 'U16-1\tĐăng ký kết hôn\tĐã tiếp nhận\t05/01/2026 08:00\t06/01/2026 17:00\tTrực tiếp'].join('\r\n');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** A legacy CSV saved from a TCVN3 (ABC) sheet: windows-1252 bytes, not UTF-8. */
export function tcvn3Csv(): Buffer {
  const text = ['M· hå s¬,Tªn thñ tôc,Tr¹ng th¸i,Ngµy tiÕp nhËn,Ngµy hÑn tr¶,Kªnh nép', 'T3-1,§¨ng ký kÕt h«n,§ang xö lý,05/01/2026 08:00,06/01/2026 17:00,Trùc tiÕp'].join('\n');
  return Buffer.from(text, 'latin1');
}

/** The national portal's sync payload (HoSoDongBoDVC) with two dossiers. */
export function portalJson(): Buffer {
  const payload = {
    HoSoDongBoDVC: [
      {
        MaHoSo: 'P-1', MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', TenLinhVuc: 'Hộ tịch', KenhThucHien: 2, MucDo: 4,
        TrangThaiHoSo: 10, DonViXuLy: 'UBND phường Hải An', NgayNopHoSo: '20260105074500', NgayTiepNhan: '20260105080000',
        NgayHenTra: '20260105170000', NgayKetThucXuLy: '20260105093000', NgayTra: '20260105100000', ChuHoSo: 'Nguyễn Văn Bí Mật',
        DuocThanhToanTrucTuyen: 1, HoSoCoThanhPhanSoHoa: true,
        DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy khai sinh', DuongDanTepTinKetQua: 'https://example/kq.pdf' }],
        DanhSachHoSoBoSung: [{}, {}],
      },
      {
        MaHoSo: 'P-2', MaTTHC: '2.000815', TenTTHC: 'Chứng thực bản sao', KenhThucHien: 1, TrangThaiHoSo: 3, NgayNopHoSo: '20260105090000',
      },
      { MaHoSo: 'P-3', TenTTHC: 'Chứng thực bản sao', KenhThucHien: 1, TrangThaiHoSo: 11, NgayTiepNhan: '20260105090000' },
      null,
    ],
  };
  return Buffer.from(JSON.stringify(payload, null, 2), 'utf8');
}

/** A civil-status (hộ tịch) list: "Loại việc", the system's own status codes 1, 2, 3, 4, 6. */
export async function civilStatusXlsx(): Promise<Buffer> {
  const rows: WriteCell[][] = [
    ['DANH SÁCH HỒ SƠ ĐĂNG KÝ HỘ TỊCH'],
    ['STT', 'Số hồ sơ', 'Loại việc', 'Người yêu cầu', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Trạng thái', 'Hình thức nộp'],
    [1, 'HT-1', 'Đăng ký khai sinh', 'Phạm Thị Riêng', '', '', '', 1, 'Trực tuyến'],
    [2, 'HT-2', 'Đăng ký kết hôn', 'Phạm Thị Riêng', '05/01/2026 08:00', '08/01/2026 17:00', '', 2, 'Trực tiếp'],
    [3, 'HT-3', 'Đăng ký khai tử', 'Phạm Thị Riêng', '05/01/2026 08:00', '05/01/2026 17:00', '', 3, 'Trực tiếp'],
    [4, 'HT-4', 'Đăng ký khai sinh', 'Phạm Thị Riêng', '05/01/2026 08:00', '05/01/2026 17:00', '05/01/2026 15:00', 4, 'Trực tuyến'],
    [5, 'HT-5', 'Đăng ký khai sinh', 'Phạm Thị Riêng', '', '', '', 6, 'Trực tuyến'],
    [6, 'HT-6', 'Đăng ký khai sinh', 'Phạm Thị Riêng', '05/01/2026 08:00', '05/01/2026 17:00', '05/01/2026 16:00', 'Từ chối', 'Trực tiếp'],
    [7, 'HT-7', 'Đăng ký khai sinh', 'Phạm Thị Riêng', '05/01/2026 08:00', '05/01/2026 17:00', '', 5, 'Trực tiếp'],
  ];
  return xlsxBuffer({ name: 'Hộ tịch', rows });
}

/** A zip bomb: a sheet of 64 MB of spaces that deflates to a few dozen kB. */
export async function zipBombXlsx(): Promise<Buffer> {
  const huge = `<row r="1"><c r="A1" t="inlineStr"><is><t>${' '.repeat(64 * 1024 * 1024)}</t></is></c></row>`;
  return xlsxBuffer({ name: 'Bomb', rows: [[{ raw: huge }]] });
}

/** A zip whose sheet entry's deflate data is damaged. */
export async function corruptXlsx(): Promise<Buffer> {
  const good = await oneStopXlsx();
  const copy = Buffer.from(good);
  const at = copy.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 10;
  for (let i = 0; i < 64; i++) copy[at + i] = 0xff;
  return copy;
}

/** Inline-string rows of long Vietnamese text, several MB in all, to cross many chunk boundaries. */
export function longVietnameseTexts(count: number): string[] {
  const words = ['Đăng', 'ký', 'khai', 'sinh', 'kết', 'hôn', 'chứng', 'thực', 'bản', 'sao', 'Hải', 'Phòng', 'Ủy', 'ban', 'nhân', 'dân', 'phường', 'trường', 'hợp', 'người', 'yêu', 'cầu', 'không', 'thể', 'ký', '𝔸'];
  const texts: string[] = [];
  let seed = 7;
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 200 + (i % 97);
    for (let k = 0; k < n; k++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      s += `${words[seed % words.length]} `;
    }
    texts.push(`${i}: ${s.trim()}`);
  }
  return texts;
}


/** Every fixture written to test/fixtures/, by file name. */
export async function allFixtures(): Promise<Record<string, Buffer>> {
  return {
    'one-stop.xlsx': await oneStopXlsx(),
    'one-stop-inline.xlsx': await oneStopXlsx({ inlineStrings: true }),
    'one-stop.csv': oneStopCsv(),
    'utf16.tsv': utf16Tsv(),
    'tcvn3.csv': tcvn3Csv(),
    'portal.json': portalJson(),
    'civil-status.xlsx': await civilStatusXlsx(),
    'corrupt.xlsx': await corruptXlsx(),
  };
}
