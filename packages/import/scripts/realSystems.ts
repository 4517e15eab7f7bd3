// Exports in the formats of real systems, rebuilt from their public code (docs/sources.md), 20
// dossiers each, for the preset tests (not part of the package). Each dossier comes from a case
// whose figures are fixed by construction — `expected` says how March 2026 counts it (domain.md
// §7, day granularity) — so the tests compare the import's figures with these, not with anything
// the importer computed.
import { xlsxBuffer } from './xlsxWriter';

/** How a dossier counts in March 2026. */
export type Expected = 'early' | 'onTime' | 'late' | 'withdrawnOrRejected' | 'withinDeadline' | 'overdue';

export interface Case {
  n: number;
  /** The portal's status code (docs/sources.md §1). */
  status: number;
  online: boolean | undefined;
  received: number; // day of March, 08:00
  due: number | undefined; // day of March, 17:00
  extendedDue?: number;
  end: number | undefined; // day of March, 10:00 (finishedAt)
  supplement?: number; // day of March, 09:00
  expected: Expected;
  /** How it counts when the format carries only the first due date (no extension): OpenCPS's sync body. */
  expectedWithoutExtension?: Expected;
  /** How it counts in TD's sync payload, which sends status 5 as 9 without an end date. */
  expectedInTdSync?: Expected;
  /** How it counts in TD's HTML list, which shows only the return date (none for status 9). */
  expectedInTdList?: Expected;
}

// By hand, with day granularity: ended before the due day → early, on it → on time, after → late;
// open at 31/03 → overdue when due before 31/03. No due date → on time / within deadline (the
// portal's rule); ended without an end date → its latest date (receipt or supplement request).
export const cases: readonly Case[] = [
  { n: 1, status: 10, online: true, received: 2, due: 5, end: 3, expected: 'early' },
  { n: 2, status: 10, online: false, received: 2, due: 5, end: 5, expected: 'onTime' },
  { n: 3, status: 10, online: true, received: 2, due: 5, end: 9, expected: 'late' },
  { n: 4, status: 9, online: false, received: 3, due: 6, end: 4, expected: 'early' },
  { n: 5, status: 9, online: true, received: 3, due: 6, end: 10, expected: 'late', expectedInTdList: 'early' },
  { n: 6, status: 10, online: false, received: 3, due: 6, extendedDue: 12, end: 11, expected: 'early', expectedWithoutExtension: 'late' },
  { n: 7, status: 4, online: true, received: 10, due: 20, end: undefined, expected: 'overdue' },
  { n: 8, status: 4, online: false, received: 25, due: undefined, end: undefined, expected: 'withinDeadline' },
  { n: 9, status: 2, online: true, received: 26, due: 31, end: undefined, expected: 'withinDeadline' },
  { n: 10, status: 2, online: undefined, received: 27, due: 31, end: undefined, expected: 'withinDeadline' },
  { n: 11, status: 7, online: true, received: 4, due: 8, end: undefined, expected: 'withdrawnOrRejected' },
  { n: 12, status: 8, online: false, received: 4, due: 8, end: undefined, expected: 'withdrawnOrRejected' },
  { n: 13, status: 9, online: false, received: 5, due: 9, end: undefined, supplement: 6, expected: 'early' },
  { n: 14, status: 10, online: true, received: 5, due: 12, end: 12, expected: 'onTime' },
  { n: 15, status: 10, online: false, received: 6, due: 12, end: 16, expected: 'late' },
  { n: 16, status: 4, online: true, received: 6, due: 30, end: undefined, expected: 'overdue' },
  { n: 17, status: 5, online: false, received: 7, due: 31, end: undefined, supplement: 20, expected: 'withinDeadline', expectedInTdSync: 'early' },
  { n: 18, status: 10, online: undefined, received: 9, due: 13, end: 13, expected: 'onTime' },
  { n: 19, status: 9, online: true, received: 9, due: undefined, end: 12, expected: 'onTime' },
  { n: 20, status: 4, online: false, received: 11, due: undefined, end: undefined, expected: 'withinDeadline' },
];

const procedures = [
  ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch'],
  ['2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực'],
  ['1.004227', 'Đăng ký kết hôn', 'Hộ tịch'],
] as const;
const procedureOf = (c: Case) => procedures[c.n % 3] as (typeof procedures)[number];
export const codeOf = (c: Case) => `000.00.12.H26-260301-${String(c.n).padStart(4, '0')}`;
const two = (n: number) => String(n).padStart(2, '0');
/** yyyyMMddHHmmss, as the portal's sync payloads carry dates. */
const compact = (day: number | undefined, hour: number) => (day === undefined ? '' : `202603${two(day)}${two(hour)}0000`);
/** dd/MM/yyyy HH:mm, as the lists show them. */
const shown = (day: number | undefined, hour: number) => (day === undefined ? '' : `${two(day)}/03/2026 ${two(hour)}:00`);

/**
 * OpenCPS v2's `DongBoHoSoMC` body (opencps-v2 `DVCQGIntegrationActionImpl.java`): `{ isUpdating,
 * service, data: [...] }`; no `KenhThucHien` and no `NgayNopHoSo`; the first due date only; absent
 * dates as empty strings; `TrangThaiHoSo` as text.
 */
export function openCpsDongBoHoSoMC(): Buffer {
  const data = cases.map((c) => {
    const [MaTTHC, TenTTHC, TenLinhVuc] = procedureOf(c);
    return {
      MaHoSo: codeOf(c), MaTTHC, TenTTHC, MaLinhVuc: TenLinhVuc === 'Hộ tịch' ? 'HT' : 'CT', TenLinhVuc,
      ChuHoSo: `Công dân ${c.n}`, LoaiDoiTuong: '1', MaDoiTuong: '', ThongTinKhac: '', Email: '', Fax: '', SoDienThoai: '0900000000',
      TrichYeuHoSo: '', NgayTiepNhan: compact(c.received, 8), NgayHenTra: compact(c.due, 17), TrangThaiHoSo: String(c.status),
      NgayTra: c.status === 10 ? compact(c.end, 10) : '', ThongTinTra: '', HinhThuc: '0',
      NgayKetThucXuLy: c.status === 9 || c.status === 10 ? compact(c.end, 10) : '', DonViXuLy: 'UBND phường Hải An', GhiChu: '',
      DanhSachLePhi: [], DanhSachTepDinhKemKhac: [], DanhSachHoSoBoSung: [],
    };
  });
  return Buffer.from(JSON.stringify({ isUpdating: false, service: 'DongBoHoSoMC', data }, null, 1), 'utf8');
}

// OpenCPS status texts as its lists show them (opencps-v2 ConvertDossierFromV1Dot9Utils.java:
// releasing = "Chờ trả kết quả"; the others as deployments name them).
const openCpsStatus: Readonly<Record<number, string>> = {
  2: 'Chờ xử lý', 4: 'Đang xử lý', 5: 'Chờ bổ sung', 7: 'Đã rút hồ sơ', 8: 'Từ chối xử lý', 9: 'Chờ trả kết quả', 10: 'Hoàn thành',
};

/**
 * OpenCPS's dossier list of the dynamic report (headings of its `reportConfig`, docs/sources.md §5
 * §5.2): "Nội dung" holds the procedure name, "Trực tuyến" is true/false, "Ngày gia hạn" the
 * extended due date; "Người nộp hồ sơ" often blank; no channel column.
 */
export async function openCpsDossierList(): Promise<Buffer> {
  const heading = ['STT', 'Mã hồ sơ', 'Mã thủ tục', 'Nội dung', 'Cơ quan thụ lý', 'Chủ hồ sơ', 'Địa chỉ', 'Số điện thoại', 'Người nộp hồ sơ',
    'Ngày gửi', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày gia hạn', 'Ngày hoàn thành', 'Ngày trả', 'Trạng thái', 'Trực tuyến'];
  const rows = cases.map((c, i) => {
    const [code, name] = procedureOf(c);
    return [i + 1, codeOf(c), code, name, 'UBND phường Hải An', `Công dân ${c.n}`, 'Hải An', '0900000000', c.n % 4 === 0 ? `Người nộp ${c.n}` : '',
      shown(c.received, 7), shown(c.received, 8), shown(c.due, 17), shown(c.extendedDue, 17),
      c.status === 9 || c.status === 10 ? shown(c.end, 10) : '', c.status === 10 ? shown(c.end, 10) : '',
      openCpsStatus[c.status] ?? '', c.online === undefined ? '' : String(c.online)];
  });
  return xlsxBuffer({ name: 'Danh sách hồ sơ', rows: [['DANH SÁCH HỒ SƠ'], [], heading, ...rows] });
}

/**
 * TD DichVuCong's DVCQG sync payload (`ISyncLocalDataToDVCQGService.cs`, docs/sources.md §5):
 * `HoSoDongBoDVC` objects; statuses 5/6/8 are sent as 9 without an end date, withdrawn and stopped
 * dossiers carry none; `KenhThucHien` 1/2.
 */
export function tdSyncJson(): Buffer {
  const list = cases.map((c) => {
    const [MaTTHC, TenTTHC, TenLinhVuc] = procedureOf(c);
    const sentAs = c.status === 5 || c.status === 6 ? 9 : c.status;
    return {
      MaHoSo: codeOf(c), MaTTHC, TenTTHC, TenLinhVuc, KenhThucHien: c.online === undefined ? null : c.online ? 2 : 1,
      ChuHoSo: `Công dân ${c.n}`, TrangThaiHoSo: sentAs, NgayNopHoSo: compact(c.received, 7), NgayTiepNhan: compact(c.received, 8),
      NgayHenTra: compact(c.extendedDue ?? c.due, 17) || null, NgayKetThucXuLy: c.status === 9 || c.status === 10 ? compact(c.end, 10) || null : null,
      NgayTra: c.status === 10 ? compact(c.end, 10) : null, NgayYeuCauBoSung: c.supplement === undefined ? null : compact(c.supplement, 9),
      DonViXuLy: 'UBND phường Hải An',
    };
  });
  return Buffer.from(JSON.stringify(list, null, 1), 'utf8');
}

// TD's status names (its client's TRANGTHAIHOSO list, docs/sources.md §5).
const tdStatus: Readonly<Record<number, string>> = {
  1: 'Mới đăng ký', 2: 'Được tiếp nhận', 3: 'Không được tiếp nhận', 4: 'Đang xử lý', 5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính', 7: 'Công dân yêu cầu rút hồ sơ', 8: 'Dừng xử lý', 9: 'Đã xử lý xong', 10: 'Đã trả kết quả',
};
const seconds = (day: number | undefined, hour: number) => (day === undefined ? '' : `${shown(day, hour)}:00`);
const td = (text: string, style = 'vertical-align: middle; padding: 5px; border: 1px solid #333;') => `<td style="${style}">${text}</td>`;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * TD DichVuCong's "Excel" dossier list (`downloadPhieuExcel` around the table of
 * `XuatDanhSachHoSo.tsx`): an HTML page with a ".xls" name, two title rows, 12 headings and rows
 * of 11 cells (none under "Người tiếp nhận"), dates DD/MM/YYYY HH:mm:ss, the return date under
 * "Ngày kết thúc xử lý", no channel column.
 */
export function tdListHtml(): Buffer {
  const headings = ['STT', 'Đơn vị tiếp nhận', 'Người tiếp nhận', 'Tên thủ tục hành chính', 'Mã hồ sơ', 'Trạng thái', 'Địa chỉ', 'Chủ hồ sơ',
    'Ngày nộp hồ sơ', 'Ngày nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý'];
  const rows = cases.map((c, i) => {
    const [, name] = procedureOf(c);
    const cells = [String(i + 1), 'UBND phường Hải An', escapeHtml(name), codeOf(c), tdStatus[c.status] ?? '', 'Hải An &amp; Lê Chân', `Công dân ${c.n}`,
      seconds(c.received, 7), seconds(c.received, 8), seconds(c.extendedDue ?? c.due, 17), c.status === 10 ? seconds(c.end, 10) : ''];
    return `<tr>${cells.map((x) => td(x)).join('')}</tr>`;
  });
  const table =
    `<thead><tr><td colspan="9" style="vertical-align: middle; padding: 5px; font-size: 19px;"><br></td></tr>` +
    `<tr><td colspan="8" style="vertical-align: middle; padding: 5px;"><strong></strong></td></tr>` +
    `<tr>${headings.map((h) => td(`<strong>${h}</strong>`)).join('')}</tr></thead><tbody id="data">${rows.join('')}</tbody>`;
  const page =
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40"><head><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Danh sách hồ sơ</x:Name><x:WorksheetOptions><x:DisplayGridlines/></x:WorksheetOptions></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head>' +
    `<body><table border="1" style="border-width:1px;">${table}</table></body></html>`;
  return Buffer.from(page, 'utf8');
}
