// How the city one-stop system spells statuses, channels and service levels in its "danh sách hồ sơ" export:
// shared by the example's export generator and the n8n benchmark's 200k-row export.
import type { Channel, DossierStatus, ServiceLevel } from '../../../packages/core/src/index';

export const oneStopStatusText: Readonly<Record<DossierStatus, string>> = {
  registered: 'Mới đăng ký',
  accepted: 'Đã tiếp nhận',
  notAccepted: 'Từ chối tiếp nhận',
  processing: 'Đang giải quyết',
  supplementRequested: 'Chờ bổ sung',
  financialObligation: 'Chờ thực hiện nghĩa vụ tài chính',
  withdrawn: 'Rút hồ sơ',
  stopped: 'Dừng xử lý',
  processed: 'Đã xử lý xong',
  returned: 'Đã trả kết quả',
};

export const oneStopChannelText: Readonly<Record<Channel, string>> = {
  direct: 'Trực tiếp',
  online: 'Trực tuyến',
  postal: 'Qua dịch vụ bưu chính công ích',
};

export const oneStopLevelText: Readonly<Record<ServiceLevel, string>> = {
  none: 'Dịch vụ công',
  partial: 'Một phần',
  full: 'Toàn trình',
};
