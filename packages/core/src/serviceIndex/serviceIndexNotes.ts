import { defineNotes } from '../notes/defineNotes';

// docs/qd766-index.md — what the index tells a user beside its figures, as codes with params, worded
// by `formatNote`: why an indicator or a group cannot be computed, why a dossier cost points, the
// grade's absence, the period's warning, the online split's statement.

/** The notes of the QĐ 766 index (`reason`, `gradeReason`, `warnings`, lost dossiers' `reason`, the online split). */
export const serviceIndexNotes = defineNotes({
  // Why an indicator cannot be computed: the inputs lack it, or its ratio is 0/0.
  no_catalog: { vi: 'chưa có danh mục TTHC của đơn vị (--catalog)', en: 'no procedure catalog of the unit given (--catalog)' },
  empty_catalog: { vi: 'danh mục TTHC trống', en: 'the procedure catalog is empty' },
  no_online_service: {
    vi: 'danh mục không có TTHC nào cung cấp DVC trực tuyến (0/0)',
    en: 'the catalog has no procedure offered online (0/0)',
  },
  no_dossier_received: { vi: 'không có hồ sơ mới tiếp nhận trong kỳ (0/0)', en: 'no dossier received in the period (0/0)' },
  no_dossier_counted: { vi: 'không có hồ sơ tiếp nhận, giải quyết trong kỳ (0/0)', en: 'no dossier received or handled in the period (0/0)' },
  no_dossier_in_scope: {
    vi: 'không có hồ sơ thuộc phạm vi chỉ tiêu trong kỳ (0/0)',
    en: 'no dossier in the scope of the indicator in the period (0/0)',
  },
  flag_not_stated: { vi: 'tệp xuất không có cờ {flag} cho hồ sơ nào trong phạm vi', en: 'the export states {flag} for no dossier in scope' },
  no_fee_data: { vi: 'danh mục TTHC không cho biết thủ tục nào có phí, lệ phí', en: 'the procedure catalog does not say which procedures carry a fee' },
  no_fee_lists: {
    vi: 'cần danh sách phí, lệ phí đồng bộ lên Cổng DVCQG, không có trong hồ sơ',
    en: 'needs the fee lists synced to the national portal, not in the dossiers',
  },
  no_attachment_data: {
    vi: 'hồ sơ không cho biết mọi thành phần hồ sơ đã có tệp đính kèm',
    en: 'the dossiers do not say whether every component was attached as a file',
  },
  counted_over_province: { vi: 'tính trên số xã, phường của tỉnh, không từ hồ sơ', en: 'counted over the communes of the province, not from dossiers' },
  no_portal_storage: { vi: 'cần dữ liệu kho quản lý dữ liệu điện tử trên Cổng DVCQG', en: "needs the portal's personal-storage data" },
  no_population_data: {
    vi: 'hồ sơ không cho biết có dùng dữ liệu dân cư (VNeID)',
    en: 'the dossiers do not say whether population data (VNeID) was used',
  },
  no_petition_data: { vi: 'cần dữ liệu phản ánh, kiến nghị (PAKN)', en: 'needs the petition (PAKN) data' },
  petition_share_needed: {
    vi: 'cần tỷ lệ hồ sơ có phản ánh, kiến nghị hoặc đánh giá không hài lòng trên Cổng DVCQG; phần hồ sơ quá hạn đã tính (tử số/mẫu số)',
    en: 'needs the share of dossiers with a petition or a dislike on the portal; the overdue part is computed (numerator/denominator)',
  },
  no_publication_decisions: { vi: 'cần ngày ban hành quyết định công bố TTHC', en: 'needs the dates of the publication decisions' },
  no_publication_dates: { vi: 'cần ngày công khai trên CSDL quốc gia về TTHC', en: 'needs the publication dates in the national procedure database' },
  no_published_content: { vi: 'cần nội dung công khai của từng TTHC', en: "needs each procedure's published content" },
  no_synced_count: { vi: 'cần số hồ sơ Cổng DVCQG đã nhận đồng bộ', en: 'needs the number of dossiers the national portal received' },

  // Why a group cannot be computed, or only in part: its indicators' reasons (`reasons`: `indicator_reason` notes).
  transparency_not_computable: {
    vi: 'không tính được từ hồ sơ: cần ngày công bố, công khai TTHC trên CSDL quốc gia về TTHC và số hồ sơ đồng bộ lên Cổng DVCQG',
    en: "not computable from dossiers: needs the procedures' publication dates in the national procedure database and the portal's count of synced dossiers",
  },
  satisfaction_not_computable: {
    vi: 'không tính được từ hồ sơ: cần phản ánh, kiến nghị và đánh giá của người dân trên Cổng DVCQG',
    en: "not computable from dossiers: needs the citizens' petitions and ratings on the national portal",
  },
  no_indicator_computable: { vi: 'Không tính được chỉ tiêu nào. {reasons}', en: 'No indicator can be computed. {reasons}' },
  partial_group: { vi: 'Chỉ tính phần tính được. Chưa tính: {reasons}', en: 'Only the computable part is scored. Not computed: {reasons}' },
  indicator_reason: { vi: '{label}: {reason}', en: '{label}: {reason}' },

  // The whole index.
  no_grade: {
    vi: 'chưa xếp loại: xếp loại cần đủ 6 nhóm chỉ số (100 điểm), tổng trên chỉ gồm các nhóm tính được',
    en: 'no grade: a grade needs all six groups (100 points); the total covers the computable groups only',
  },
  non_standard_period: {
    vi: 'kỳ không phải tháng, quý hoặc năm dương lịch: chỉ số là ước tính trên một kỳ Cổng DVCQG không chấm',
    en: 'the period is not a calendar month, quarter or year: the index is an estimate over a period the portal does not score',
  },
  online_split: {
    vi: 'Nhóm Dịch vụ công trực tuyến: 12 điểm chia cho các chỉ tiêu A, B, C là {a} + {b} + {c} điểm theo giả định {name} (phiên bản {version}); cách chia này chưa được công bố chính thức, chỉ là giả thuyết.',
    en: 'Online services: the 12 points are split {a} + {b} + {c} across A, B, C by the assumption {name} (version {version}); the split is not published, only a hypothesis.',
  },

  // Why a dossier cost points (`LostReason`), as summaries and reports print it.
  late: { vi: 'giải quyết quá hạn', en: 'resolved late' },
  overdue_open: { vi: 'đang giải quyết quá hạn', en: 'overdue, still in progress' },
  supplement_requested_late: { vi: 'yêu cầu bổ sung sau ngày hẹn trả', en: 'supplement requested after the due date' },
  supplement_more_than_once: { vi: 'yêu cầu bổ sung quá một lần', en: 'supplement requested more than once' },
  not_online: { vi: 'không tiếp nhận trực tuyến', en: 'not received online' },
  not_paid_online: { vi: 'không thanh toán trực tuyến', en: 'not paid online' },
  no_electronic_result: { vi: 'không có kết quả điện tử', en: 'no electronic result' },
  no_digitized_components: { vi: 'không sử dụng lại dữ liệu số hóa', en: 'no reused digitised data' },
});
