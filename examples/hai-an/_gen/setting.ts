import { toWall } from '../../../packages/core/src/index';
import type { CatalogProcedure } from './catalog';

// The seed period and the data set's time frame (domain.md §6: dates inclusive, local time).
export const PERIOD = { from: '2025-12-25', to: '2026-01-07' } as const;
/** First instant of the period. */
export const PERIOD_START = toWall('2025-12-25');
/** First instant after the period (00:00 of 08/01/2026). */
export const PERIOD_END = toWall('2026-01-08');
/** Last working instant of the period. */
export const PERIOD_LAST_WORK = toWall('2026-01-07T17:00');
/** The export was taken at the end of Monday 12/01/2026: nothing happens after it. */
export const SNAPSHOT = toWall('2026-01-12T17:00');
/** The oldest dossier of the export was received on Monday 03/11/2025. */
export const HISTORY_START = toWall('2025-11-03');
/** From 01/01/2026 some fields are handled on the ministries' systems (seed report, section II). */
export const MINISTRY_SYSTEMS_FROM = toWall('2026-01-01');

/** The unit that handles every dossier of the example: the ward (its `unit` field). */
export const WARD_NAME = 'UBND phường Hải An';

/**
 * The system a dossier is handled on: its name and the id that prefixes its dossier codes. The
 * ward stays the unit whichever system it uses; the system only decides the code and the export
 * the dossier appears in (exports/generate-exports.ts splits by the code's prefix).
 */
export interface System {
  id: string;
  name: string;
}

export const CITY_SYSTEM: System = { id: '000.00.12.H26', name: 'Hệ thống thông tin giải quyết TTHC thành phố' };
const MINISTRY_OF_AGRICULTURE: System = { id: 'G22.12.H26', name: 'Hệ thống TTHC Bộ Nông nghiệp và Môi trường' };
const MINISTRY_OF_HOME_AFFAIRS: System = { id: 'G13.12.H26', name: 'Hệ thống TTHC Bộ Nội vụ' };

const ministryOfField: Readonly<Record<string, System>> = {
  'Đất đai': MINISTRY_OF_AGRICULTURE,
  'Môi trường': MINISTRY_OF_AGRICULTURE,
  'Nông nghiệp': MINISTRY_OF_AGRICULTURE,
  'Người có công': MINISTRY_OF_HOME_AFFAIRS,
  'Lao động': MINISTRY_OF_HOME_AFFAIRS,
  'Thi đua, khen thưởng': MINISTRY_OF_HOME_AFFAIRS,
  'Tôn giáo': MINISTRY_OF_HOME_AFFAIRS,
  'Tín ngưỡng': MINISTRY_OF_HOME_AFFAIRS,
  'Tổ chức phi chính phủ': MINISTRY_OF_HOME_AFFAIRS,
  'Nội vụ': MINISTRY_OF_HOME_AFFAIRS,
};

/**
 * The system a dossier is handled on: the city's TTHC system before 01/01/2026; from then on the
 * ministries' systems for their fields, the city system for the rest (Tư pháp and Tài chính had
 * no system of their own yet, as the seed report says).
 */
export function systemFor(field: string, receivedMs: number): System {
  if (receivedMs < MINISTRY_SYSTEMS_FROM) return CITY_SYSTEM;
  return ministryOfField[field] ?? CITY_SYSTEM;
}

/** How often each field occurs at the ward (relative weights; Hộ tịch and Chứng thực dominate). */
const fieldWeights: Readonly<Record<string, number>> = {
  'Hộ tịch': 30,
  'Chứng thực': 22,
  'Đất đai': 9,
  'Bảo trợ xã hội': 7,
  'Người có công': 6,
  'Thành lập và hoạt động của hộ kinh doanh': 5,
  'Xây dựng': 4,
  'Đăng ký biện pháp bảo đảm': 2,
  'Giáo dục và Đào tạo': 2,
  'Quốc phòng': 2,
  'Văn hóa cơ sở': 1.5,
  'Y tế': 1.5,
  'Công thương': 1,
  'Lao động': 1,
  'Thi đua, khen thưởng': 1,
  // Complaints and denunciations rarely go through the one-stop dossier system.
  'Giải quyết khiếu nại': 0.05,
  'Giải quyết tố cáo': 0.05,
  'Tiếp công dân': 0.05,
  'Xử lý đơn thư': 0.05,
  'Bồi thường nhà nước': 0.05,
};

/** Procedures that are far more frequent than the others of their field (by national code). */
const hotProcedures: Readonly<Record<string, number>> = {
  '1.001193': 40, // khai sinh
  '1.004873': 30, // xác nhận tình trạng hôn nhân
  '1.000656': 20, // khai tử
  '1.000894': 20, // kết hôn
  '2.000635': 20, // trích lục hộ tịch
  '1.004859': 8, // thay đổi, cải chính hộ tịch
  '2.000815': 40, // chứng thực bản sao
  '2.000884': 20, // chứng thực chữ ký
  '1.001612': 6, // thành lập hộ kinh doanh
  '2.000720': 4, // thay đổi hộ kinh doanh
  '1.013225': 6, // giấy phép xây dựng nhà ở riêng lẻ
  '1.001776': 6, // trợ cấp xã hội hằng tháng
  '1.001731': 3, // mai táng phí
  '1.010803': 3, // thờ cúng liệt sĩ
  '1.004845': 0.2, // chấm dứt giám hộ
};
const hotByName: Readonly<Record<string, number>> = {
  'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở': 15,
  'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở': 5,
  'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, thừa kế, tặng cho': 10,
  'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất': 4,
  'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất': 6,
};

/** How much more frequent a procedure is than an ordinary one of its field. */
export function procedureBoost(p: CatalogProcedure): number {
  return hotProcedures[p.code] ?? hotByName[p.name] ?? (p.serviceLevel === 'none' ? 0.4 : 1);
}

/**
 * Relative frequency of a procedure: its field's weight shared among the field's procedures in
 * proportion to their boosts (`fieldBoost` = the sum of the boosts of the field).
 */
export function procedureWeight(p: CatalogProcedure, fieldBoost: number): number {
  return ((fieldWeights[p.field] ?? 0.3) * procedureBoost(p)) / fieldBoost;
}

/**
 * The procedures with online dossiers received in the seed period (section IV.1 of the seed:
 * 07 toàn trình, 04 một phần). Online dossiers received in the period use only these.
 */
export const ONLINE_IN_PERIOD = {
  full: [
    '1.001193', // Đăng ký khai sinh
    '1.000656', // Đăng ký khai tử
    '1.004873', // Cấp Giấy xác nhận tình trạng hôn nhân
    '2.000635', // Cấp bản sao Trích lục hộ tịch
    '1.004859', // Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch
    '2.000815', // Chứng thực bản sao từ bản chính
    '1.001612', // Đăng ký thành lập hộ kinh doanh
  ],
  partial: [
    '1.000894', // Đăng ký kết hôn
    '1.013225', // Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ
    '1.001776', // Trợ cấp xã hội hằng tháng
    '1.011606', // Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm
  ],
} as const;

/** How many dossiers of each kind the export holds; the seed's figures follow from these. */
export const COUNTS = {
  /** Received and ended before the period: not counted at all. */
  endedBefore: 150,
  /** Received before the period, ended inside it (all on time). */
  carriedResolved: 31,
  /** Received before the period, still open at its end (all within deadline). */
  carriedOpen: 39,
  /** Received inside the period, ended inside it with a result (on time). */
  newResolved: 76,
  /** Received inside the period, withdrawn inside it. */
  newWithdrawn: 1,
  /** Received inside the period, open at its end (within deadline). */
  newOpen: 178,
  /** Received after the period. */
  receivedAfter: 45,
  /** Submitted but never accepted. */
  registered: 4,
  notAccepted: 3,
} as const;
