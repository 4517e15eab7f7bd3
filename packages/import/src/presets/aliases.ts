import type { DossierFieldName } from '@tthc/core';
import { foldWord } from './fold';

/** A field an export's column may hold: a canonical dossier field (domain.md §3: the core's field table), or one read from exports only. */
export type Field =
  | DossierFieldName
  // Read from exports, not canonical: applied by `assumptions.ts` (an extended due date replaces
  // dueAt; a yes/no "online" column tells a missing channel).
  | 'extendedDueAt'
  | 'onlineFlag';

// Headings of the one-stop systems' "danh sách hồ sơ", as seen in real exports and screens.
const oneStop: Readonly<Record<Field, readonly string[]>> = {
  code: ['Số hồ sơ', 'Mã hồ sơ', 'Mã số hồ sơ', 'Số biên nhận'],
  procedureCode: ['Mã thủ tục', 'Mã TTHC', 'Mã thủ tục hành chính'],
  // "Nội dung": OpenCPS's dossierName column, which holds the procedure's name (docs/sources.md).
  procedureName: ['Tên thủ tục', 'Tên thủ tục hành chính', 'Tên TTHC', 'Thủ tục', 'Thủ tục hành chính', 'Tên dịch vụ', 'Nội dung'],
  fieldName: ['Lĩnh vực', 'Tên lĩnh vực'],
  fieldCode: ['Mã lĩnh vực'],
  unit: ['Cơ quan/đơn vị', 'Đơn vị xử lý', 'Đơn vị tiếp nhận', 'Cơ quan thụ lý', 'Cơ quan giải quyết', 'Đơn vị'],
  channel: ['Hình thức nộp', 'Kênh nộp', 'Kênh thực hiện', 'Hình thức tiếp nhận', 'Hình thức nộp hồ sơ'],
  serviceLevel: ['Mức độ', 'Mức độ DVC', 'Mức độ dịch vụ công', 'Mức độ DVCTT'],
  status: ['Trạng thái', 'Trạng thái hồ sơ', 'Tình trạng', 'Tình trạng hồ sơ'],
  submittedAt: ['Ngày nộp', 'Ngày nộp hồ sơ', 'Ngày gửi', 'Thời gian nộp'],
  receivedAt: ['Ngày tiếp nhận', 'Ngày nhận', 'Ngày nhận hồ sơ', 'Thời gian tiếp nhận'],
  dueAt: ['Ngày hẹn trả', 'Ngày hẹn trả kết quả', 'Hạn xử lý', 'Hạn giải quyết', 'Hẹn trả kết quả', 'Hẹn trả'],
  supplementRequestedAt: ['Ngày yêu cầu bổ sung', 'Ngày bổ sung'],
  finishedAt: ['Ngày kết thúc xử lý', 'Ngày hoàn thành', 'Ngày có kết quả', 'Ngày xử lý xong'],
  returnedAt: ['Ngày trả kết quả', 'Ngày trả'],
  supplementRequests: ['Số lần bổ sung', 'Số lần yêu cầu bổ sung'],
  // Earlier names win when a list has both: "Chủ hồ sơ" (the applicant) over "Người nộp" (often an agent).
  applicant: ['Chủ hồ sơ', 'Tên chủ hồ sơ', 'Tên cá nhân, tổ chức', 'Người yêu cầu', 'Người nộp', 'Người nộp hồ sơ'],
  paidOnline: ['Thanh toán trực tuyến'],
  hasDigitizedComponents: ['Có thành phần số hóa', 'Số hóa'],
  hasElectronicResult: ['Kết quả điện tử', 'Có kết quả điện tử'],
  extendedDueAt: ['Ngày gia hạn', 'Hạn gia hạn', 'Ngày hẹn trả mới', 'Ngày hẹn lại'],
  onlineFlag: ['Trực tuyến', 'Nộp trực tuyến', 'Hồ sơ trực tuyến'],
};

// Cổng DVCQG HoSoDongBoDVC field names (docs/sources.md §1 for their codes).
const portal: Readonly<Partial<Record<Field, readonly string[]>>> = {
  code: ['MaHoSo'],
  procedureCode: ['MaTTHC'],
  procedureName: ['TenTTHC'],
  fieldName: ['TenLinhVuc'],
  fieldCode: ['MaLinhVuc'],
  unit: ['DonViXuLy'],
  channel: ['KenhThucHien'],
  serviceLevel: ['MucDo'],
  status: ['TrangThaiHoSo'],
  submittedAt: ['NgayNopHoSo'],
  receivedAt: ['NgayTiepNhan'],
  dueAt: ['NgayHenTra'],
  supplementRequestedAt: ['NgayYeuCauBoSung'],
  finishedAt: ['NgayKetThucXuLy'],
  returnedAt: ['NgayTra'],
  applicant: ['ChuHoSo'],
  paidOnline: ['DuocThanhToanTrucTuyen'],
  hasDigitizedComponents: ['HoSoCoThanhPhanSoHoa'],
};

// The Ministry of Justice civil-status system's lists: the kind of event is the procedure.
const civilStatus: Readonly<Partial<Record<Field, readonly string[]>>> = {
  procedureName: ['Loại việc', 'Loại việc hộ tịch', 'Tên việc'],
  unit: ['Cơ quan đăng ký', 'Nơi đăng ký'],
  applicant: ['Người yêu cầu', 'Người đi đăng ký'],
};

export type HeadingMap = ReadonlyMap<string, Field>;

/** Rank of each heading among its field's names (0 first): when a list has two, the lower wins. */
export const headingRank = new Map<string, number>();

function build(...tables: Readonly<Partial<Record<Field, readonly string[]>>>[]): HeadingMap {
  const map = new Map<string, Field>();
  for (const table of tables) {
    for (const [field, names] of Object.entries(table) as [Field, readonly string[]][]) {
      names.forEach((name, rank) => {
        map.set(foldWord(name), field);
        if (!headingRank.has(foldWord(name))) headingRank.set(foldWord(name), rank);
      });
    }
  }
  return map;
}

export const oneStopHeadings = build(oneStop);
export const portalHeadings = build(portal);
export const civilStatusHeadings = build(oneStop, civilStatus);
/** Headings only the civil-status lists use: their presence selects that preset. */
export const civilStatusMarkers = new Set(['loai viec', 'loai viec ho tich', 'ten viec']);
