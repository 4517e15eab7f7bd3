import { z } from 'zod';

// domain.md §4 — the ten statuses of the national portal (TrangThaiHoSo 1–10).
export const DossierStatus = z.enum([
  'registered',
  'accepted',
  'notAccepted',
  'processing',
  'supplementRequested',
  'financialObligation',
  'withdrawn',
  'stopped',
  'processed',
  'returned',
]);
export type DossierStatus = z.infer<typeof DossierStatus>;

/** Portal code (TrangThaiHoSo) of each status. */
export const statusCodes: Readonly<Record<DossierStatus, number>> = {
  registered: 1,
  accepted: 2,
  notAccepted: 3,
  processing: 4,
  supplementRequested: 5,
  financialObligation: 6,
  withdrawn: 7,
  stopped: 8,
  processed: 9,
  returned: 10,
};

/** Vietnamese label of each status, as the portal prints it. */
export const statusLabels: Readonly<Record<DossierStatus, string>> = {
  registered: 'Mới đăng ký',
  accepted: 'Được tiếp nhận',
  notAccepted: 'Không được tiếp nhận',
  processing: 'Đang xử lý',
  supplementRequested: 'Yêu cầu bổ sung giấy tờ',
  financialObligation: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  withdrawn: 'Công dân yêu cầu rút hồ sơ',
  stopped: 'Dừng xử lý',
  processed: 'Đã xử lý xong',
  returned: 'Đã trả kết quả',
};

/** How a status ends a dossier (domain.md §4). */
export type StatusKind = 'notReceived' | 'open' | 'endedWithoutResult' | 'endedWithResult';

export const statusKinds: Readonly<Record<DossierStatus, StatusKind>> = {
  registered: 'notReceived',
  accepted: 'open',
  notAccepted: 'notReceived',
  processing: 'open',
  supplementRequested: 'open',
  financialObligation: 'open',
  withdrawn: 'endedWithoutResult',
  stopped: 'endedWithoutResult',
  processed: 'endedWithResult',
  returned: 'endedWithResult',
};

// domain.md §2 — kênh nộp (KenhThucHien 1/2/3).
export const Channel = z.enum(['direct', 'online', 'postal']);
export type Channel = z.infer<typeof Channel>;

export const channelCodes: Readonly<Record<Channel, number>> = { direct: 1, online: 2, postal: 3 };

export const channelLabels: Readonly<Record<Channel, string>> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Bưu chính công ích',
};

// domain.md §2 — mức độ dịch vụ công (MucDo 2/3/4).
export const ServiceLevel = z.enum(['none', 'partial', 'full']);
export type ServiceLevel = z.infer<typeof ServiceLevel>;

export const serviceLevelLabels: Readonly<Record<ServiceLevel, string>> = {
  none: 'Dịch vụ công (không trực tuyến)',
  partial: 'DVC trực tuyến một phần',
  full: 'DVC trực tuyến toàn trình',
};

// domain.md §5 — how an end time is compared with the due time.
export const Granularity = z.enum(['date', 'datetime', 'halfDay']);
export type Granularity = z.infer<typeof Granularity>;
