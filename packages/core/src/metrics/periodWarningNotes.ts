import { defineNotes } from '../notes/defineNotes';

// domain.md §6–7 — the warnings about a period as a whole (`periodWarnings`), worded by `formatNote`.
// Params: the dates as ISO days (`from`, `to`, `lastDay`) and as printed (`fromDate`, `toDate`, `lastDate`).

/** The period warnings' codes and templates. */
export const periodWarningNotes = defineNotes({
  no_new_dossiers: {
    vi: 'Không có hồ sơ mới tiếp nhận từ {fromDate} đến {toDate}: kiểm tra kỳ báo cáo và tệp xuất.',
    en: 'No new dossier was received from {fromDate} to {toDate}: check the period and the export files.',
  },
  data_ends_before_period: {
    vi: 'Dữ liệu chỉ đến ngày {lastDate}, trước ngày cuối kỳ {toDate}: tệp xuất có thể đã lấy quá sớm.',
    en: 'The data ends on {lastDate}, before the last day of the period ({toDate}): the export may have been taken too early.',
  },
});
