import { defineErrors } from '@tthc/core';

/** The codes of `AnnexIdentityError`; `{label}` is the row's label (a field or procedure name). */
export const annexIdentityErrors = defineErrors('annexIdentity', {
  identity_broken: {
    vi: 'Số liệu sai đồng nhất thức {identity} ở dòng "{label}": {left} ≠ {right}',
    en: 'the figures break {identity} on row "{label}"',
  },
  column_total_differs: {
    vi: 'Tổng các dòng cột ({column}) = {sum} khác dòng Tổng số = {total}',
    en: 'the rows of column ({column}) add up to {sum}, not {total}',
  },
  procedures_without_field: {
    vi: 'writeAnnex: {count} thủ tục không thuộc lĩnh vực nào của metrics.byField',
    en: 'writeAnnex: {count} procedure(s) belong to no field of metrics.byField',
  },
});
