import { defineNotes } from '@tthc/core';

// A units run (`renderUnitReports`) renders only the units both the table and the data name; the
// others are listed in its result (`unlisted`, `absent`) and told by these notes.

/** What a face says of a unit the units table and the data do not share. */
export const unitsMismatchNotes = defineNotes({
  unit_not_in_table: {
    vi: 'Đơn vị "{unit}" có trong dữ liệu ({received} hồ sơ trong kỳ) nhưng không có trong bảng đơn vị: không lập báo cáo',
    en: 'unit "{unit}" is in the data ({received} dossiers in the period) but not in the units table: no report',
  },
  unit_without_dossiers: {
    vi: 'Đơn vị "{unit}" có trong bảng đơn vị nhưng không có hồ sơ nào trong dữ liệu: không lập báo cáo',
    en: 'unit "{unit}" is in the units table but no dossier of the data names it: no report',
  },
});
