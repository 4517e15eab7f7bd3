import { describe, expect, it } from 'vitest';
import {
  carriedOverNotes,
  figureChangeNotes,
  catalogProblems,
  computeMetrics,
  computeServiceIndex,
  formatNote,
  LostReason,
  lostReasonLabels,
  onlineSplitNote,
  onlineSplitOf,
  periodWarningNotes,
  periodWarnings,
  serviceIndexNotes,
  ServiceIndex,
  type Note,
  type ProcedureCatalog,
} from '../../src/index';
import { dossier } from '../_dossier';
import { RowIssueCode } from '../../src/issues/rowIssue';
import { rowIssueNotes, rowIssueParts } from '../../src/issues/rowIssueNotes';

// Notes are data — a code of a catalog and its params — worded by formatNote, through the template
// function errors are worded by (fillTemplate): period warnings, the index's reasons, warnings and statements.

const catalogs = { periodWarningNotes, serviceIndexNotes, rowIssueNotes, rowIssueParts, carriedOverNotes, figureChangeNotes };
const PLACEHOLDER = /\{[A-Za-z]\w*\}/;

/** Every note (`{ code, params }`) in a value, nested ones too. */
function notesIn(value: unknown, found: Note[] = []): Note[] {
  if (Array.isArray(value)) for (const v of value) notesIn(v, found);
  else if (typeof value === 'object' && value !== null) {
    if ('code' in value && 'params' in value) found.push(value as Note);
    for (const v of Object.values(value)) notesIn(v, found);
  }
  return found;
}

describe('the note catalogs', () => {
  it('are sound', () => {
    for (const catalog of Object.values(catalogs)) expect(catalogProblems(catalog, 'note')).toEqual([]);
  });

  it('give every row issue code its reason, and nothing else', () => {
    expect(Object.keys(rowIssueNotes).sort()).toEqual([...RowIssueCode.options].sort());
  });

  // The index's notes, reached through computeServiceIndex and onlineSplitNote; a lost dossier's reason is a code of the same catalog.
  const period = { from: '2026-01-01', to: '2026-01-31' };
  const none: ProcedureCatalog = [{ code: 'N1', name: 'Thủ tục N1', field: 'Hộ tịch', serviceLevel: 'none' }];
  const indexes = [
    computeServiceIndex([], { period: { from: '2026-01-01', to: '2026-01-10' } }),
    computeServiceIndex([], { period, catalog: [] }),
    computeServiceIndex([dossier({ code: 'A', procedureCode: 'N1', receivedAt: '2026-01-05T08:00:00', submittedAt: '2026-01-05T08:00:00' })], { period, catalog: none }),
  ];

  it('word every code in both languages, each reached by the function that gives it, every param filled', () => {
    const reached = new Map<string, Note>();
    for (const note of [...indexes.flatMap((i) => notesIn(i)), onlineSplitNote(onlineSplitOf())]) reached.set(note.code, note);
    for (const reason of LostReason.options) reached.set(reason, { code: reason, params: {} });
    expect([...reached.keys()].sort()).toEqual(Object.keys(serviceIndexNotes).sort());
    for (const note of reached.values()) {
      const [vi, en] = (['vi', 'en'] as const).map((lang) => formatNote(note, lang, serviceIndexNotes));
      expect(vi, note.code).not.toMatch(PLACEHOLDER);
      expect(en, note.code).not.toMatch(PLACEHOLDER);
      expect(vi, note.code).not.toBe(en);
    }
    const warnings = periodWarnings(computeMetrics([], { period }), '2026-01-20');
    expect(warnings.map((w) => w.code).sort()).toEqual(Object.keys(periodWarningNotes).sort());
    for (const w of warnings) for (const lang of ['vi', 'en'] as const) expect(formatNote(w, lang, periodWarningNotes)).toBe(w.message[lang]);
  });

  it('carry their codes and params beside the texts the faces read, the texts unchanged', () => {
    const [w1, w2] = periodWarnings(computeMetrics([], { period }), '2026-01-20');
    expect(w1).toEqual({
      code: 'no_new_dossiers',
      params: { from: '2026-01-01', to: '2026-01-31', fromDate: '01/01/2026', toDate: '31/01/2026' },
      message: {
        vi: 'Không có hồ sơ mới tiếp nhận từ 01/01/2026 đến 31/01/2026: kiểm tra kỳ báo cáo và tệp xuất.',
        en: 'No new dossier was received from 01/01/2026 to 31/01/2026: check the period and the export files.',
      },
    });
    expect(w2).toMatchObject({
      code: 'data_ends_before_period',
      params: { lastDay: '2026-01-20', lastDate: '20/01/2026', toDate: '31/01/2026' },
      message: { en: 'The data ends on 20/01/2026, before the last day of the period (31/01/2026): the export may have been taken too early.' },
    });
    const [first] = indexes;
    expect(first?.warnings).toEqual([
      {
        code: 'non_standard_period',
        params: {},
        message: {
          vi: 'kỳ không phải tháng, quý hoặc năm dương lịch: chỉ số là ước tính trên một kỳ Cổng DVCQG không chấm',
          en: 'the period is not a calendar month, quarter or year: the index is an estimate over a period the portal does not score',
        },
      },
    ]);
    expect(first?.gradeReason).toMatchObject({ code: 'no_grade', params: {}, en: 'no grade: a grade needs all six groups (100 points); the total covers the computable groups only' });
    expect(lostReasonLabels.late).toBe('giải quyết quá hạn');
    expect(formatNote({ code: 'overdue_open', params: {} }, 'en', serviceIndexNotes)).toBe('overdue, still in progress');
  });

  it("words a group's reason from its indicators' notes, nested as params, and again from its JSON", () => {
    const online = indexes[0]!.groups.online;
    // No catalog (A, B) and no dossier (C): nothing of the group can be computed.
    expect(online.reason?.code).toBe('no_indicator_computable');
    expect(online.reason?.params.reasons).toEqual([
      { code: 'indicator_reason', params: { label: 'Tỷ lệ TTHC cung cấp DVC trực tuyến (A)', reason: { code: 'no_catalog', params: {} } } },
      { code: 'indicator_reason', params: { label: 'Tỷ lệ DVC trực tuyến phát sinh hồ sơ trực tuyến (B)', reason: { code: 'no_catalog', params: {} } } },
      { code: 'indicator_reason', params: { label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến (C)', reason: { code: 'no_dossier_received', params: {} } } },
    ]);
    expect(online.reason?.en).toBe(
      'No indicator can be computed. Tỷ lệ TTHC cung cấp DVC trực tuyến (A): no procedure catalog of the unit given (--catalog); ' +
        'Tỷ lệ DVC trực tuyến phát sinh hồ sơ trực tuyến (B): no procedure catalog of the unit given (--catalog); ' +
        'Tỷ lệ hồ sơ tiếp nhận trực tuyến (C): no dossier received in the period (0/0)',
    );
    const reread = ServiceIndex.parse(JSON.parse(JSON.stringify(indexes[0])));
    for (const lang of ['vi', 'en'] as const) expect(formatNote(reread.groups.online.reason!, lang, serviceIndexNotes)).toBe(online.reason?.[lang]);
    const flag = indexes[2]!.groups.payment.indicators[0]!;
    expect(flag.reason).toMatchObject({ code: 'flag_not_stated', params: { flag: 'paidOnline' }, vi: 'tệp xuất không có cờ paidOnline cho hồ sơ nào trong phạm vi' });
  });
});
