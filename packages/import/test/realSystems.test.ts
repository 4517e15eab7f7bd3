import { describe, expect, it } from 'vitest';
import { computeMetrics } from '@tthc/core';
import { importDossiers } from '../src/index';
import { type Case, type Expected, cases, openCpsDongBoHoSoMC, openCpsDossierList, tdListHtml, tdSyncJson } from '../scripts/realSystems';

// Exports in the formats of real systems (docs/sources.md), 20 dossiers each, import
// with no rejected row and give the figures fixed by construction in scripts/realSystems.ts.

const march = { period: { from: '2026-03-01', to: '2026-03-31' }, granularity: 'date' as const };

/** The figures the cases say, counted by hand from their `expected` (no code of ours involved). */
function expectedFigures(pick: (c: Case) => Expected) {
  const n = (e: Expected) => cases.filter((c) => pick(c) === e).length;
  return {
    resolved: { total: n('early') + n('onTime') + n('late') + n('withdrawnOrRejected'), early: n('early'), onTime: n('onTime'), late: n('late'), withdrawnOrRejected: n('withdrawnOrRejected') },
    inProgress: { total: n('withinDeadline') + n('overdue'), withinDeadline: n('withinDeadline'), overdue: n('overdue') },
  };
}

async function figures(name: string, data: Buffer) {
  const result = await importDossiers([{ name, data }]);
  const m = computeMetrics(result.dossiers, march);
  return {
    result,
    figures: {
      resolved: m.resolved,
      inProgress: { total: m.inProgress.total, withinDeadline: m.inProgress.withinDeadline, overdue: m.inProgress.overdue },
    },
    received: m.received,
  };
}

describe('real systems\' exports import whole and give the figures of their cases', () => {
  it('OpenCPS v2 DongBoHoSoMC body: no channel, first due date only, ended without end dates', async () => {
    const { result, figures: f, received } = await figures('dongbo.json', openCpsDongBoHoSoMC());
    expect(result.inputs[0]).toMatchObject({ source: 'portal', rows: { read: 20, accepted: 20, rejected: 0, skipped: 0 } });
    expect(f).toEqual(expectedFigures((c) => c.expectedWithoutExtension ?? c.expected));
    // The body has no KenhThucHien: every dossier counts direct, as the portal counts a null channel — and each says so.
    expect(received.new).toEqual({ total: 20, online: 0, direct: 20, postal: 0 });
    expect(result.warnings.filter((w) => w.code === 'missing_channel')).toHaveLength(20);
    // 13 has no end date but a status 9; 11 and 12 (withdrawn, stopped) none either.
    expect(result.warnings.filter((w) => w.code === 'assumed_end_date').map((w) => w.dossierCode?.slice(-2))).toEqual(['11', '12', '13']);
  });

  it('OpenCPS dossier list (dynamic report): "Nội dung", "Trực tuyến" true/false, "Ngày gia hạn", "Chủ hồ sơ" over "Người nộp hồ sơ"', async () => {
    const { result, figures: f, received } = await figures('opencps.xlsx', await openCpsDossierList());
    expect(result.inputs[0]).toMatchObject({ source: 'one-stop', rows: { read: 23, accepted: 20, rejected: 0, skipped: 3 } });
    expect(f).toEqual(expectedFigures((c) => c.expected));
    const online = cases.filter((c) => c.online === true).length;
    expect(received.new).toEqual({ total: 20, online, direct: 20 - online, postal: 0 });
    expect(result.warnings.filter((w) => w.code === 'extended_due_date').map((w) => w.dossierCode?.slice(-2))).toEqual(['06']);
    expect(result.dossiers.every((d) => d.procedureName.length > 10)).toBe(true);
    const withApplicant = await importDossiers([{ name: 'opencps.xlsx', data: await openCpsDossierList() }], { keepApplicant: true });
    expect(withApplicant.dossiers.map((d) => d.applicant)).toEqual(cases.map((c) => `Công dân ${c.n}`));
  });

  it('TD DichVuCong DVCQG sync JSON: statuses 5/6 sent as 9 without an end date', async () => {
    const { result, figures: f, received } = await figures('td-sync.json', tdSyncJson());
    expect(result.inputs[0]).toMatchObject({ source: 'portal', rows: { read: 20, accepted: 20, rejected: 0, skipped: 0 } });
    expect(f).toEqual(expectedFigures((c) => c.expectedInTdSync ?? c.expected));
    const online = cases.filter((c) => c.online === true).length;
    expect(received.new).toEqual({ total: 20, online, direct: 20 - online, postal: 0 });
  });

  it('TD DichVuCong "Excel" list: an HTML table named .xls, rows one cell short of the headings', async () => {
    const { result, figures: f, received } = await figures('Danh sách hồ sơ 1/3/2026 9:5.xls', tdListHtml());
    expect(result.inputs[0]).toMatchObject({ source: 'one-stop', format: 'html', rows: { read: 23, accepted: 20, rejected: 0, skipped: 3 } });
    expect(f).toEqual(expectedFigures((c) => c.expectedInTdList ?? c.expected));
    expect(received.new).toEqual({ total: 20, online: 0, direct: 20, postal: 0 }); // no channel column: direct, each said
    expect(result.dossiers.map((d) => d.code)).toEqual(cases.map((c) => `000.00.12.H26-260301-${String(c.n).padStart(4, '0')}`));
    // The return date sits under "Ngày kết thúc xử lý" once the missing cell is put back.
    expect(result.dossiers[0]).toMatchObject({ procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', status: 'returned', finishedAt: '2026-03-03T10:00:00' });
  });

  it('no personal data in any warning', async () => {
    for (const [name, data] of [['a.json', openCpsDongBoHoSoMC()], ['b.xlsx', await openCpsDossierList()], ['c.json', tdSyncJson()]] as const) {
      const { warnings } = await importDossiers([{ name, data }]);
      expect(JSON.stringify(warnings)).not.toMatch(/Công dân|0900000000|Người nộp/);
    }
  });
});
