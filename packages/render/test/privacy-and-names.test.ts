import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderReport, reportFileName, slugify } from '../src/index';
import { haiAn } from './helpers/example';
import { seedMetrics } from './fixtures/metrics';

describe('no personal data in any output', () => {
  it('never prints the rows, issues or warnings that carry applicants’ names, IDs or phones', async () => {
    const metrics = seedMetrics();
    const issue = {
      code: 'invalid_date' as const,
      path: { file: 'ho-so.xlsx', sheet: 'Sheet1', row: 7, column: 'Ngày hẹn trả' },
      dossierCode: 'H31.123-251230-0001',
      field: 'dueAt',
      input: 'Nguyễn Văn Bình 0912345678 CCCD 031099012345',
      message: { vi: 'Nguyễn Văn Bình 0912345678', en: 'Nguyễn Văn Bình 0912345678' },
    };
    const withPeople = { ...metrics, rejectedRows: [issue], warnings: [issue] };
    const { profile, notes } = haiAn();
    const out = await renderReport({ metrics: withPeople, profile, notes });
    const texts = [out.md as string, out.html as string];
    for (const zip of [out.docx, out.xlsx]) {
      for (const data of Object.values(unzipSync(zip as Uint8Array))) texts.push(new TextDecoder().decode(data));
    }
    for (const text of texts) {
      for (const secret of ['Nguyễn Văn Bình', '0912345678', '031099012345', 'H31.123-251230-0001']) expect(text).not.toContain(secret);
    }
  });
});

describe('reportFileName', () => {
  it('names files <unit>-<from>-<to>.<ext> with a plain slug', () => {
    expect(reportFileName('Phường Hải An', { from: '2025-12-25', to: '2026-01-07' }, 'docx')).toBe('phuong-hai-an-2025-12-25-2026-01-07.docx');
    expect(slugify('Xã Đông Hưng')).toBe('xa-dong-hung');
    expect(slugify('Đặc khu Cát Hải')).toBe('dac-khu-cat-hai');
  });

  it('never lets a unit name steer the path', () => {
    for (const name of ['../../etc/passwd', '/root/.ssh/x', 'C:\\Windows\\x', '..', '.', '', '\u0000', 'a/b\\c:d*e?f"g<h>i|j']) {
      const file = reportFileName(name, { from: '2025-12-25', to: '2026-01-07' }, 'md');
      expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-2025-12-25-2026-01-07\.md$/);
    }
    expect(reportFileName('x', { from: '2025-12-25', to: '2026-01-07' }, '../docx')).toBe('x-2025-12-25-2026-01-07.docx');
  });
});
