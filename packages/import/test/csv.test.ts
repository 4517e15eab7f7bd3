import { describe, expect, it } from 'vitest';
import { importDossiers } from '../src/index';
import { oneStopCsv, tcvn3Csv, utf16Tsv } from '../scripts/fixtures';

describe('importDossiers on CSV exports', () => {
  it('reads a BOM, semicolons, a quoted line break, NFD headings, a blank and a totals row', async () => {
    const result = await importDossiers([{ name: 'ds.csv', data: oneStopCsv() }]);
    expect(result.inputs[0]).toEqual({ name: 'ds.csv', source: 'one-stop', format: 'csv', rows: { read: 8, accepted: 3, rejected: 0, skipped: 5 } });
    expect(result.skipped.map((s) => [s.path.row, s.reason])).toEqual([
      [1, 'title'],
      [2, 'blank'],
      [3, 'header'],
      [7, 'blank'],
      [8, 'totals'],
    ]);
    expect(result.dossiers.map((d) => [d.code, d.procedureName, d.channel, d.status, d.receivedAt])).toEqual([
      ['CSV-1', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'direct', 'returned', '2026-01-05T08:00:00'],
      ['CSV-2', 'Đăng ký khai sinh', 'postal', 'supplementRequested', '2026-01-05T09:00:00'],
      ['CSV-3', 'Đăng ký khai sinh', 'online', 'withdrawn', '2026-01-06T08:00:00'],
    ]);
  });

  it('reads UTF-16 with tabs', async () => {
    const { dossiers, rows } = await importDossiers([{ name: 'u.txt', data: utf16Tsv() }]);
    expect(rows).toEqual({ read: 2, accepted: 1, rejected: 0, skipped: 1 });
    expect(dossiers[0]).toMatchObject({ code: 'U16-1', procedureName: 'Đăng ký kết hôn', status: 'accepted', dueAt: '2026-01-06T17:00:00' });
  });

  it('converts a legacy TCVN3 file (not UTF-8) to Unicode, headings included', async () => {
    const { dossiers, rows } = await importDossiers([{ name: 't.csv', data: tcvn3Csv() }]);
    expect(rows).toEqual({ read: 2, accepted: 1, rejected: 0, skipped: 1 });
    expect(dossiers[0]).toMatchObject({ code: 'T3-1', procedureName: 'Đăng ký kết hôn', status: 'processing', channel: 'direct' });
  });

  it('forces a preset with --source and refuses an unknown one', async () => {
    const forced = await importDossiers([{ name: 'ds.csv', data: oneStopCsv() }], { source: 'one-stop' });
    expect(forced.dossiers).toHaveLength(3);
    await expect(importDossiers([{ name: 'ds.csv', data: oneStopCsv() }], { source: 'nowhere' })).rejects.toThrow('unknown --source "nowhere"');
  });
});
