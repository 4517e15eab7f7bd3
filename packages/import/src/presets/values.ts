import type { Channel, DossierStatus, ServiceLevel } from '@tthc/core';
import { foldWord } from './fold';

function build<T extends string>(table: Readonly<Record<T, readonly string[]>>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) {
    for (const word of words) map.set(foldWord(word), value);
  }
  return map;
}

// domain.md §4 — status words of the one-stop systems and the portal's codes 1–10.
export const statusWords = build<DossierStatus>({
  registered: ['1', 'Mới đăng ký', 'Chờ tiếp nhận', 'Đăng ký mới', 'Mới'],
  accepted: ['2', 'Được tiếp nhận', 'Đã tiếp nhận', 'Tiếp nhận', 'Mới tiếp nhận'],
  notAccepted: ['3', 'Không được tiếp nhận', 'Từ chối tiếp nhận', 'Không tiếp nhận'],
  processing: ['4', 'Đang xử lý', 'Đang giải quyết', 'Đang thụ lý', 'Đang thẩm định', 'Chờ xử lý', 'Chờ phê duyệt', 'Chờ ký duyệt'],
  supplementRequested: ['5', 'Yêu cầu bổ sung', 'Yêu cầu bổ sung giấy tờ', 'Chờ bổ sung', 'Bổ sung hồ sơ', 'Chờ bổ sung hồ sơ'],
  financialObligation: ['6', 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Chờ thực hiện nghĩa vụ tài chính', 'Chờ nộp phí', 'Thực hiện nghĩa vụ tài chính'],
  withdrawn: ['7', 'Công dân yêu cầu rút hồ sơ', 'Rút hồ sơ', 'Đã rút hồ sơ', 'Rút'],
  stopped: ['8', 'Dừng xử lý', 'Từ chối giải quyết', 'Từ chối', 'Dừng giải quyết', 'Trả lại hồ sơ', 'Từ chối xử lý'],
  processed: ['9', 'Đã xử lý xong', 'Có kết quả', 'Đã có kết quả', 'Chờ trả kết quả', 'Xử lý xong'],
  returned: ['10', 'Đã trả kết quả', 'Hoàn thành', 'Đã hoàn thành', 'Trả kết quả', 'Đã trả'],
});

// docs/sources.md §1 — the civil-status system's own codes; 4 and 6 depend on the dates (see
// civilStatusStatus).
const civilStatusCodes = new Map<string, DossierStatus | 'result' | 'refused'>([
  ['1', 'registered'],
  ['cho tiep nhan', 'registered'],
  ['2', 'supplementRequested'],
  ['yeu cau bo sung', 'supplementRequested'],
  ['3', 'processing'],
  ['dang xu ly', 'processing'],
  ['4', 'result'],
  ['co ket qua', 'result'],
  ['6', 'refused'],
  ['tu choi', 'refused'],
]);

/**
 * A civil-status list's status: 1 chờ tiếp nhận, 2 yêu cầu bổ sung, 3 đang xử lý, 4 có kết quả
 * (`returned` when a return date is given, else `processed`), 6 từ chối (`stopped` once received,
 * else `notAccepted`). Other words are read as the one-stop words.
 */
export function civilStatusStatus(
  folded: string,
  dates: { receivedAt?: unknown; returnedAt?: unknown },
): DossierStatus | undefined {
  const code = civilStatusCodes.get(folded);
  if (code === 'result') return isSet(dates.returnedAt) ? 'returned' : 'processed';
  if (code === 'refused') return isSet(dates.receivedAt) ? 'stopped' : 'notAccepted';
  return code ?? (/^\d+$/.test(folded) ? undefined : statusWords.get(folded));
}

const isSet = (v: unknown) => v !== undefined && v !== null && v !== '';

// Channel words; KenhThucHien 1/2/3 (docs/sources.md §1).
export const channelWords = build<Channel>({
  direct: ['1', 'Trực tiếp', 'Nộp trực tiếp', 'Tại quầy', 'Một cửa', 'Bộ phận một cửa'],
  online: ['2', 'Trực tuyến', 'Qua mạng', 'DVC trực tuyến', 'Nộp trực tuyến', 'Dịch vụ công trực tuyến', 'Online'],
  postal: ['3', 'Bưu chính', 'Qua dịch vụ bưu chính công ích', 'BCCI', 'Bưu chính công ích', 'Qua bưu chính', 'Qua bưu điện', 'Bưu điện'],
});

// MucDo 2/3/4 and the words for them.
export const serviceLevelWords = build<ServiceLevel>({
  none: ['2', 'Mức độ 2', 'Dịch vụ công', 'Không trực tuyến', 'none'],
  partial: ['3', 'Mức độ 3', 'Một phần', 'DVCTT một phần', 'Trực tuyến một phần', 'partial'],
  full: ['4', 'Mức độ 4', 'Toàn trình', 'DVCTT toàn trình', 'Trực tuyến toàn trình', 'full'],
});

export const booleanWords = build<'true' | 'false'>({
  true: ['1', 'true', 'x', 'có', 'co', 'yes', 'đã', 'v'],
  false: ['0', 'false', 'không', 'khong', 'no', 'chưa'],
});
