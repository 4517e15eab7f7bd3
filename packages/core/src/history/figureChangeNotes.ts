import { defineNotes } from '../notes/defineNotes';

// How a report words a figure against the same figure of another period (`figureChanges`):
// counts by how many dossiers and by what share of the earlier figure, rates in percentage
// points. Params: `by` and `percent` as printed in each language (`byVi`, `percentVi`: 3,8).

/** The change of one figure, and each figure's phrase around it. */
export const figureChangeNotes = defineNotes({
  count_up: { vi: 'tăng {byVi} hồ sơ ({percentVi}%)', en: 'up {by} ({percent}%)' },
  count_up_from_none: { vi: 'tăng {byVi} hồ sơ', en: 'up {by}' },
  count_down: { vi: 'giảm {byVi} hồ sơ ({percentVi}%)', en: 'down {by} ({percent}%)' },
  count_same: { vi: 'không thay đổi', en: 'unchanged' },
  rate_up: { vi: 'tăng {byVi} điểm phần trăm', en: 'up {by} percentage points' },
  rate_down: { vi: 'giảm {byVi} điểm phần trăm', en: 'down {by} percentage points' },
  rate_same: { vi: 'không thay đổi', en: 'unchanged' },
  rate_unknown: { vi: 'không so sánh được', en: 'not comparable' },
  received: { vi: 'tiếp nhận {change}', en: 'received {change}' },
  resolved: { vi: 'đã giải quyết {change}', en: 'resolved {change}' },
  resolvedOnTime: { vi: 'giải quyết đúng hạn, trước hạn {change}', en: 'resolved on time or early {change}' },
  resolvedLate: { vi: 'giải quyết quá hạn {change}', en: 'resolved late {change}' },
  inProgressOverdue: { vi: 'quá hạn đang xử lý {change}', en: 'overdue in progress {change}' },
  onlineDossierRate: { vi: 'tỷ lệ hồ sơ trực tuyến {change}', en: 'share of online dossiers {change}' },
  onTimeRate: { vi: 'tỷ lệ giải quyết đúng hạn {change}', en: 'on-time rate {change}' },
});
