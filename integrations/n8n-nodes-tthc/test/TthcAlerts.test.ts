import { describe, expect, it } from 'vitest';
import { TthcAlerts } from '../src/nodes/TthcAlerts/TthcAlerts.node';
import { mockExecute } from './_lib/mockExecute';
import { dossiers } from './_lib/fixtures';

const node = new TthcAlerts();
const soon = { code: 'A5', procedureName: 'Cấp bản sao trích lục', unit: 'Phường A', channel: 'direct', status: 'processing', receivedAt: '2026-01-06T08:00', dueAt: '2026-01-09T17:00', applicant: 'Trần Thị B' };
const paused = { ...soon, code: 'A6', status: 'supplementRequested', dueAt: '2026-01-06T17:00' };
const items = [...dossiers, soon, paused].map((json) => ({ json }));

describe('TTHC Alerts', () => {
  it('lists open dossiers overdue or due within N working days, overdue first, without personal data', async () => {
    const params = { asOf: '2026-01-08T07:00', withinDays: 2, options: {} };
    const [out] = await node.execute.call(mockExecute({ items, params }));
    // A2: due 07/01, run 08/01 → overdue by one working day (08/01).
    // A5: due 09/01 17:00, within 2 working days of 08/01 07:00 (= 09/01 17:00) → due soon, 1 working day left.
    // A4 (due 20/01) is too far; A1, A3 are ended; A6 waits for the citizen.
    expect(out!.map((i) => [i.json.code, i.json.state, i.json.workingDays])).toEqual([
      ['A2', 'overdue', 1],
      ['A5', 'dueSoon', 1],
    ]);
    expect(out!.every((i) => i.json.applicant === undefined)).toBe(true);
    // Each alert is paired with the item its dossier came from (A2 is item 1, A5 item 4).
    expect(out!.map((i) => i.pairedItem)).toEqual([{ item: 1 }, { item: 4 }]);
  });

  it('adds the applicant and paused dossiers only when asked', async () => {
    const params = { asOf: '2026-01-08T07:00', withinDays: 2, options: { keepApplicant: true, includePaused: true } };
    const [out] = await node.execute.call(mockExecute({ items, params }));
    expect(out!.map((i) => i.json.code)).toEqual(['A6', 'A2', 'A5']);
    expect(out!.find((i) => i.json.code === 'A5')!.json.applicant).toBe('Trần Thị B');
  });

  it('refuses a malformed run time in both languages', async () => {
    const run = node.execute.call(mockExecute({ items, params: { asOf: '08/01/2026', withinDays: 2, options: {} } }));
    await expect(run).rejects.toThrow(/Thời điểm chạy không hợp lệ.*Invalid run time/);
  });
});
