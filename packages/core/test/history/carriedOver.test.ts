import { describe, expect, it } from 'vitest';
import { checkCarriedOver, formatNote, carriedOverNotes, openCodesByUnit } from '../../src/index';
import { dossier, once, wall } from '../_dossier';

// Checked by hand against domain.md §7: open at the end of November = counted in November and not
// resolved in it; carried over into December = received before 01/12, not ended before it.
const november = { from: '2025-11-01', to: '2025-11-30' };
const december = { from: '2025-12-01', to: '2025-12-31' };
const open = (code: string, receivedAt: string, unit = 'Phường A') =>
  dossier({ code, unit, submittedAt: receivedAt, receivedAt, dueAt: '2026-03-01T17:00:00' });
const ended = (code: string, receivedAt: string, finishedAt: string, unit = 'Phường A') =>
  dossier({ code, unit, submittedAt: receivedAt, receivedAt, dueAt: '2026-03-01T17:00:00', status: 'returned', finishedAt, returnedAt: finishedAt });

const exportThen = [
  open('H1', '2025-11-10T08:00:00'),
  ended('H2', '2025-11-12T08:00:00', '2025-11-20T10:00:00'),
  open('H3', '2025-10-20T08:00:00'),
  open('H4', '2025-11-25T08:00:00', 'Phường B'),
  open('H5', '2025-12-05T08:00:00'),
];

describe('openCodesByUnit', () => {
  it('keeps the codes counted in the period and not resolved in it, by unit, in order', () => {
    const codes = openCodesByUnit(once(exportThen.map(wall)), { period: november });
    expect([...codes]).toEqual([
      ['Phường A', ['H1', 'H3']],
      ['Phường B', ['H4']],
    ]);
  });
});

describe('checkCarriedOver', () => {
  it('finds nothing when the export has not changed', () => {
    const openThen = openCodesByUnit(exportThen, { period: november });
    const checks = checkCarriedOver(once(exportThen.map(wall)), { period: december, openThen });
    expect(checks).toEqual([
      { unit: 'Phường A', openThen: 2, carriedOver: 2, missing: [], unexpected: [] },
      { unit: 'Phường B', openThen: 1, carriedOver: 1, missing: [], unexpected: [] },
    ]);
  });

  it('names every dossier that differs, both ways, with why', () => {
    const openThen = new Map([
      ['Phường A', ['H1', 'H3', 'H8', 'H9']],
      ['Phường B', ['H4', 'H7']],
    ]);
    const later = [
      open('H1', '2025-11-10T08:00:00'), // carried, as then
      open('H2', '2025-11-12T08:00:00'), // ended in November then, open again now
      ended('H4', '2025-11-25T08:00:00', '2025-11-28T10:00:00', 'Phường B'), // now ends before December
      open('H7', '2025-11-15T08:00:00'), // open then in B, carried by A now
      open('H8', '2025-12-02T08:00:00'), // its receipt moved into December
      dossier({ code: 'H9', unit: 'Phường A', status: 'registered', receivedAt: undefined, dueAt: undefined }), // never received now
      open('H10', '2025-12-03T08:00:00'), // new in December: not part of the check
    ]; // H3 is gone
    const checks = checkCarriedOver(later, { period: december, openThen });
    expect(checks).toEqual([
      {
        unit: 'Phường A',
        openThen: 4,
        carriedOver: 3,
        missing: [
          { code: 'H3', reason: 'absent' },
          { code: 'H8', reason: 'received_in_period' },
          { code: 'H9', reason: 'not_received' },
        ],
        unexpected: [
          { code: 'H2', reason: 'not_open_then' },
          { code: 'H7', reason: 'other_unit' },
        ],
      },
      {
        unit: 'Phường B',
        openThen: 2,
        carriedOver: 0,
        missing: [
          { code: 'H4', reason: 'ended_before_period' },
          { code: 'H7', reason: 'other_unit' },
        ],
        unexpected: [],
      },
    ]);
  });

  it('checks only the units with a stored previous period', () => {
    expect(checkCarriedOver(exportThen, { period: december, openThen: new Map() })).toEqual([]);
  });

  it('is worded in both languages', () => {
    const note = { code: 'carried_over_mismatch', params: { unit: 'Phường A', previousFrom: '01/11/2025', previousTo: '30/11/2025', missing: 3, unexpected: 2 } };
    expect(formatNote(note, 'en', carriedOverNotes)).toBe(
      'Phường A: the dossiers carried over do not match those open at the end of 01/11/2025–30/11/2025: 3 open then are not carried over now, 2 carried over now were not open then (see the list of dossier codes).',
    );
    expect(formatNote(note, 'vi', carriedOverNotes)).toContain('3 hồ sơ còn tồn khi đó không được chuyển sang kỳ này');
  });
});
