import { defineNotes } from '../notes/defineNotes';

// The carried-over check (`checkCarriedOver`), worded by `formatNote`. Params: the unit, the
// previous period as printed (`previousFrom`, `previousTo`), and how many dossiers differ each way.

/** What a report says when a unit's carried-over dossiers are not those open at the end of its previous period. */
export const carriedOverNotes = defineNotes({
  carried_over_mismatch: {
    vi: '{unit}: số hồ sơ chuyển từ kỳ trước không khớp với số hồ sơ còn tồn cuối kỳ {previousFrom}–{previousTo}: {missing} hồ sơ còn tồn khi đó không được chuyển sang kỳ này, {unexpected} hồ sơ chuyển sang kỳ này không còn tồn khi đó (xem danh sách mã hồ sơ).',
    en: '{unit}: the dossiers carried over do not match those open at the end of {previousFrom}–{previousTo}: {missing} open then are not carried over now, {unexpected} carried over now were not open then (see the list of dossier codes).',
  },
});
