import { describe, expect, it } from 'vitest';
import { renderReport } from '../src/index';
import { haiAn } from './helpers/example';
import { buildMetrics, counts } from './fixtures/metrics';

describe('section IV from the metrics', () => {
  // A week 05/01–09/01/2026 with one procedure: 1 carried over + 1 online + 2 direct received;
  // 1 early and 1 withdrawn; 1 open within its deadline and 1 open overdue (received in the
  // week, entered a day late). No catalog: the rates cannot be computed.
  const metrics = buildMetrics(
    [{ code: 'F1', name: 'Đăng ký khai sinh', field: 'Hộ tịch', counts: counts({ online: 1, direct: 2, carriedOver: 1, early: 1, onTime: 0, withdrawn: 1, within: 1, overdue: 1, overdueNew: 1, lateReceived: 1 }) }],
    { from: '2026-01-05', to: '2026-01-09', full: [1, null], partial: [0, null] },
  );

  it('writes the seed sentences with these figures, and says what is overdue', async () => {
    const { profile } = haiAn();
    const { md } = await renderReport({ metrics, profile, formats: ['md'] });
    const lines = (md as string).split('\n');
    const section = lines.slice(lines.indexOf('## IV. KẾT QUẢ THỰC HIỆN THỦ TỤC HÀNH CHÍNH'), lines.indexOf('## V. NHẬN XÉT, KIẾN NGHỊ')).filter(Boolean);
    expect(section).toEqual([
      '## IV. KẾT QUẢ THỰC HIỆN THỦ TỤC HÀNH CHÍNH',
      '### 1. Báo cáo chung:',
      '- Số lượng thủ tục hành chính thực hiện theo hình thức dịch vụ công trực tuyến toàn trình phát sinh hồ sơ: **01** thủ tục; một phần: **0** thủ tục.',
      '- Tỷ lệ thực hiện từng loại TTHC theo hình thức DVC trực tuyến: chưa tính được (chưa có danh mục thủ tục hành chính của đơn vị).',
      '### 2. Báo cáo số liệu chi tiết:',
      '- Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: 04 hồ sơ.',
      '- Tổng số hồ sơ đã giải quyết 02 hồ sơ, trong đó đúng hạn, trước hạn: 01 hồ sơ; từ chối/rút: 01 hồ sơ.',
      '- Tổng số hồ sơ chậm được tiếp nhận (các hồ sơ tiếp nhận trực tiếp thủ công do cán bộ nhập vào hệ thống bị chậm, nhập ngày hôm sau, so với thời điểm người dân nộp hồ sơ): 01 hồ sơ.',
      '- Tổng số HS giải quyết quá hạn (đã hoàn thành việc xử lý): 0.',
      '- Tổng số hồ sơ giải quyết quá hạn đang xử lý (đối với hồ sơ tiếp nhận trong kỳ báo cáo): 01 hồ sơ.',
      '- Tổng số hồ sơ giải quyết quá hạn đang xử lý (Tính lũy kế đến kỳ báo cáo): 01 hồ sơ.',
      '### 3. Kết quả đã đạt được:',
      'Từ 05/01/2026 đến 09/01/2026, phường có 01 hồ sơ đang giải quyết quá hạn (tính lũy kế) và 01 hồ sơ tiếp nhận chậm.',
    ]);
  });

  it('prints the document number and date once they are known', async () => {
    const { profile } = haiAn();
    const { md } = await renderReport({ metrics, profile, notes: { documentNumber: 5, documentDate: '2026-01-12' }, formats: ['md'] });
    expect(md).toContain('Số: 05/BC-UBND');
    expect(md).toContain('*Hải An, ngày 12 tháng 01 năm 2026*');
    const { md: dated } = await renderReport({ metrics, profile, notes: { documentDate: '2026-01-12' }, documentDate: '2026-01-13', formats: ['md'] });
    expect(dated).toContain('*Hải An, ngày 13 tháng 01 năm 2026*'); // the option wins over the notes
  });

  it('refuses figures that do not match the Metrics schema', async () => {
    const { profile } = haiAn();
    const broken = { ...metrics, received: { ...metrics.received, total: -1 } };
    await expect(renderReport({ metrics: broken, profile, formats: ['md'] })).rejects.toThrow(/received\.total/);
  });
});
