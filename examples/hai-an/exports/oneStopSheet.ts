// The one-stop system's "danh sách hồ sơ" layout shared by the example exports (Hải An's and
// the example city's): the two-row merged heading and one row per dossier.
import type { Dossier } from '../../../packages/core/src/index';
import { type WriteCell, toSerial } from '../../../packages/import/scripts/xlsxWriter';
import { oneStopChannelText, oneStopLevelText, oneStopStatusText } from './oneStopWords';

/** `2025-12-25T08:30:00` → `25/12/2025 08:30` (the exports print minutes; the data has :00 seconds). */
export function dmy(local: string | undefined): string {
  if (!local) return '';
  if (!local.endsWith(':00')) throw new Error(`seconds in ${local}`);
  const [d, t] = local.split('T');
  const [y, m, day] = (d ?? '').split('-');
  return `${day}/${m}/${y} ${t?.slice(0, 5)}`;
}
const yesNo = (b: boolean | undefined) => (b === undefined ? '' : b ? 'Có' : 'Không');

export const top = [
  'STT', 'Số hồ sơ', 'Mã TTHC', 'Tên thủ tục hành chính', 'Lĩnh vực', 'Cơ quan/đơn vị', 'Hình thức nộp', 'Mức độ',
  'Trạng thái hồ sơ', 'Ngày', '', '', '', '', '', 'Số lần bổ sung', 'Thanh toán trực tuyến', 'Số hóa', 'Kết quả điện tử', 'Chủ hồ sơ',
];
export const sub = ['', '', '', '', '', '', '', '', '', 'Nộp', 'Tiếp nhận', 'Hẹn trả', 'Yêu cầu bổ sung', 'Kết thúc xử lý', 'Trả kết quả', '', '', '', '', ''];
export const merges = [
  ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'P', 'Q', 'R', 'S', 'T'].map((c) => `${c}5:${c}6`),
  'J5:O5',
  'A1:T1',
  'A2:T2',
  'A3:T3',
];
/** One dossier as a row of the list (dates as Excel serials or as text). */
export function row(d: Dossier, i: number, serialDates: boolean): WriteCell[] {
  const date = (v: string | undefined): WriteCell => (v === undefined ? '' : serialDates ? { serial: toSerial(v) } : dmy(v));
  return [
    i + 1,
    d.code,
    d.procedureCode ?? '',
    d.procedureName,
    d.fieldName ?? '',
    d.unit ?? '',
    oneStopChannelText[d.channel],
    d.serviceLevel ? oneStopLevelText[d.serviceLevel] : '',
    oneStopStatusText[d.status] ?? d.status,
    // Submission and receipt as Excel dates (serials) in the workbook, the rest as text.
    date(d.submittedAt),
    date(d.receivedAt),
    dmy(d.dueAt),
    dmy(d.supplementRequestedAt),
    dmy(d.finishedAt),
    dmy(d.returnedAt),
    d.supplementRequests ?? '',
    yesNo(d.paidOnline),
    yesNo(d.hasDigitizedComponents),
    yesNo(d.hasElectronicResult),
    d.applicant ?? '',
  ];
}
