import { describe, expect, it } from 'vitest';
import { defineNotes, formatNote, wordNote } from '../../src/index';

// A note is a code of a catalog and its params; wordNote adds its texts, derived by formatNote.

describe('wordNote and formatNote', () => {
  it('checks the params a site gives when it is compiled', () => {
    const notes = defineNotes({ range: { vi: 'từ {fromDate} đến {toDate}', en: 'from {fromDate} to {toDate}' }, plain: { vi: 'không', en: 'none' } });
    expect(wordNote(notes, 'range', { fromDate: '01/01/2026', toDate: '31/01/2026' })).toEqual({
      code: 'range',
      params: { fromDate: '01/01/2026', toDate: '31/01/2026' },
      vi: 'từ 01/01/2026 đến 31/01/2026',
      en: 'from 01/01/2026 to 31/01/2026',
    });
    expect(wordNote(notes, 'plain').en).toBe('none');
    // @ts-expect-error toDate is missing
    expect(wordNote(notes, 'range', { fromDate: '01/01/2026' }).en).toBe('from 01/01/2026 to {toDate}');
    expect(formatNote({ code: 'gone', params: {} }, 'vi', notes)).toBe('gone');
  });

  it('words nested notes in the same language from the same catalog, a list of them joined by "; "', () => {
    const notes = defineNotes({
      why: { vi: 'Chưa tính: {reasons}', en: 'Not computed: {reasons}' },
      item: { vi: '{label}: {reason}', en: '{label}: {reason}' },
      gone: { vi: 'không có', en: 'missing' },
    });
    const item = (label: string) => ({ code: 'item', params: { label, reason: { code: 'gone', params: {} } } });
    const note = wordNote(notes, 'why', { reasons: [item('A'), item('B')] });
    expect([note.vi, note.en]).toEqual(['Chưa tính: A: không có; B: không có', 'Not computed: A: missing; B: missing']);
  });
});
