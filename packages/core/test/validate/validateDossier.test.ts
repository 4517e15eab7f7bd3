import { describe, expect, it } from 'vitest';
import { formatIssue, validateDossier } from '../../src/index';

const where = { file: 'dossiers.jsonl', row: 7 };
const good = {
  code: '000.00.12.H26-260105-0001',
  procedureName: 'Đăng ký khai sinh',
  status: 'returned',
  channel: 'online',
  receivedAt: '2026-01-05T08:00',
  dueAt: '2026-01-05T17:00:00',
  returnedAt: '2026-01-05T10:00:00',
  applicant: 'Nguyễn Văn A',
};

describe('validateDossier', () => {
  it('accepts a canonical record and normalises the times to seconds', () => {
    const r = validateDossier(good, where);
    expect(r.ok && r.dossier.receivedAt).toBe('2026-01-05T08:00:00');
  });

  it('drops the applicant (personal data) unless asked to keep it', () => {
    const dropped = validateDossier(good, where);
    const kept = validateDossier(good, where, { keepApplicant: true });
    expect(dropped.ok && 'applicant' in dropped.dossier).toBe(false);
    expect(kept.ok && kept.dossier.applicant).toBe('Nguyễn Văn A');
  });

  it('reads the portal codes of status, channel and service level', () => {
    const r = validateDossier({ ...good, status: 10, channel: '3', serviceLevel: 4 }, where);
    expect(r.ok && [r.dossier.status, r.dossier.channel, r.dossier.serviceLevel]).toEqual(['returned', 'postal', 'full']);
  });

  it('reads a missing channel as direct, with a warning', () => {
    const r = validateDossier({ ...good, channel: '' }, where);
    expect(r.ok && r.dossier.channel).toBe('direct');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['missing_channel']);
  });

  it('accepts registered and not-accepted dossiers without a receipt time', () => {
    expect(validateDossier({ ...good, status: 1, receivedAt: '', dueAt: '', returnedAt: '' }, where).ok).toBe(true);
    expect(validateDossier({ ...good, status: 'notAccepted', receivedAt: undefined }, where).ok).toBe(true);
  });

  it('refuses an unknown status, quoting it, with the place in both languages', () => {
    const r = validateDossier({ ...good, status: 'Đang chờ ký' }, where);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: 'unknown_status', input: 'Đang chờ ký', field: 'status' });
    expect(formatIssue(r.issues[0]!, 'vi')).toBe(
      'dossiers.jsonl, dòng 7: trạng thái không xác định — hồ sơ 000.00.12.H26-260105-0001, trường "Trạng thái" (status), giá trị "Đang chờ ký", cần a status (1–10 or its identifier)',
    );
    expect(formatIssue(r.issues[0]!, 'en')).toContain('dossiers.jsonl, row 7: unknown status');
  });

  it('refuses a dossier that ended before it was received (it would break received = resolved + in progress)', () => {
    const r = validateDossier({ ...good, returnedAt: '2026-01-04T10:00:00' }, where);
    expect(!r.ok && r.issues.map((i) => [i.code, i.field, i.input])).toEqual([
      ['end_before_received', 'returnedAt', '2026-01-04T10:00:00'],
    ]);
  });

  it('refuses an ended dossier without an end time, and an open one without receipt; no due time is a warning', () => {
    expect(!validateDossier({ ...good, returnedAt: undefined }, where).ok).toBe(true);
    const open = validateDossier({ ...good, status: 'processing', receivedAt: '', dueAt: '' }, where);
    expect(!open.ok && open.issues.map((i) => i.field)).toEqual(['receivedAt']);
    // The portal's rule (docs/domain-decisions.md) — no due date counts within deadline / on time, and says so.
    const noDue = validateDossier({ ...good, status: 'processing', dueAt: '' }, where);
    expect(noDue.ok && noDue.warnings.map((w) => [w.code, w.field])).toEqual([['assumed_within_deadline', 'dueAt']]);
  });

  it('refuses an unreadable date, naming the field and the value, never guessing', () => {
    const r = validateDossier({ ...good, dueAt: '2026-02-30T17:00' }, where);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'invalid_date', field: 'dueAt', input: '2026-02-30T17:00' });
    expect(!validateDossier({ ...good, dueAt: '05/01/2026' }, where).ok).toBe(true);
  });

  it('lists every problem of a row, not only the first, in the field order of domain.md §3', () => {
    const r = validateDossier({ code: '', procedureName: '', status: 'x', channel: 'fax' }, where);
    expect(!r.ok && r.issues.map((i) => [i.code, i.field])).toEqual([
      ['missing_field', 'code'],
      ['missing_field', 'procedureName'],
      ['invalid_value', 'channel'],
      ['unknown_status', 'status'],
    ]);
  });
});
