import { defineErrors } from '@tthc/core';

/** The input errors of a history store (`InputError`): where it is, who holds it, what it holds. */
export const historyInputErrors = defineErrors('input', {
  history_locked: {
    vi: '{file}: kho lịch sử đang được tiến trình {pid} trên máy {host} mở (từ {since}); kho nhúng chỉ cho một tiến trình. Nếu không còn tiến trình tthc nào chạy, xóa tệp {file}.in-use',
    en: '{file}: the history store is open in process {pid} on {host} (since {since}); the embedded store is for one process. If no tthc process runs any more, delete {file}.in-use',
  },
  history_unreachable: {
    vi: 'Không kết nối được kho lịch sử PostgreSQL {server}: {detail}',
    en: 'cannot reach the PostgreSQL history store {server}: {detail}',
  },
  history_newer: {
    vi: '{store}: kho lịch sử đã được một phiên bản tthc mới hơn nâng cấp (lược đồ {found}); phiên bản này chỉ đọc đến {latest}',
    en: '{store}: the history store was upgraded by a newer tthc (schema {found}); this version reads up to {latest}',
  },
  history_copy_not_empty: {
    vi: '{store}: kho lịch sử đích đã có {entries} mục; chỉ sao chép vào một kho trống (sao chép lần nữa sẽ ghi mọi phiên bản hai lần)',
    en: '{store}: the target history store already holds {entries} entries; copy into an empty store only (a second copy would record every version twice)',
  },
  history_copy_same: {
    vi: '{store}: kho đích chính là kho nguồn; chọn một kho khác cho --into',
    en: '{store}: the target is the source store itself; choose another store for --into',
  },
  history_damaged: {
    vi: '{store}: không mở được kho lịch sử: {detail}',
    en: '{store}: cannot open the history store: {detail}',
  },
});
