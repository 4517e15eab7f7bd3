import { defineErrors } from '../errors/errorWording';

/** The usage errors of the QĐ 766 index (`UsageError`): an assumption a caller set wrong. */
export const serviceIndexUsageErrors = defineErrors('usage', {
  invalid_online_split: {
    vi: 'Cách chia điểm nhóm Dịch vụ công trực tuyến không hợp lệ: {points} (cần 3 số nguyên ≥ 1 cho A, B, C có tổng 12, ví dụ 2,4,6).',
    en: 'Invalid split of the online-service group: {points} (expected 3 whole numbers ≥ 1 for A, B, C adding up to 12, e.g. 2,4,6).',
  },
});
