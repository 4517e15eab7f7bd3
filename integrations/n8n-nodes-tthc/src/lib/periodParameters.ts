import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Cutoff, PeriodKind } from '@tthc/core';
import type { PeriodRequest } from '@tthc/report';

/** Today in Viet Nam, as an n8n expression (the default run date). */
export const TODAY_VN = "={{ $now.setZone('Asia/Ho_Chi_Minh').toFormat('yyyy-MM-dd') }}";

const presets: Record<string, PeriodKind> = {
  previousWeek: 'week',
  previousMonth: 'month',
  previousQuarter: 'quarter',
  previousHalfYear: 'half',
  previousYear: 'year',
};

/** The choices of the Period parameter (their labels are shown in the node's subtitle too). */
export const periodOptions = [
  { name: 'Tuần trước / Previous Week (Mon–Sun)', value: 'previousWeek' },
  { name: 'Tháng trước / Previous Month', value: 'previousMonth' },
  { name: 'Quý trước / Previous Quarter', value: 'previousQuarter' },
  { name: '6 tháng trước / Previous Half-Year', value: 'previousHalfYear' },
  { name: 'Năm trước / Previous Year', value: 'previousYear' },
  { name: 'Chọn ngày / Explicit Dates', value: 'custom' },
];

/** The period parameters of TTHC Metrics. */
export const periodProperties: INodeProperties[] = [
  {
    displayName: 'Kỳ báo cáo / Period',
    name: 'period',
    type: 'options',
    default: 'previousWeek',
    options: periodOptions,
    description:
      'Kỳ tính từ ngày chạy, hoặc chọn ngày cụ thể. / The report period, counted back from the run date, or explicit dates.',
  },
  {
    displayName: 'Mốc chốt số liệu / Cut-Off',
    name: 'cutoff',
    type: 'options',
    default: 'calendar',
    options: [
      { name: 'Theo lịch / Calendar Periods', value: 'calendar' },
      { name: 'Nghị định 09/2019 (ngày 15 đến 14 / 15th to 14th)', value: 'nd09' },
    ],
    displayOptions: { show: { period: ['previousMonth', 'previousQuarter', 'previousHalfYear', 'previousYear'] } },
    description:
      'Tháng/quý theo lịch, hoặc từ ngày 15 kỳ trước đến ngày 14 kỳ này (NĐ 09/2019). / Calendar months and quarters, or the 15th of the previous to the 14th of this one (Decree 09/2019).',
  },
  {
    displayName: 'Ngày chạy / Run Date',
    name: 'runDate',
    type: 'string',
    default: TODAY_VN,
    placeholder: '2026-01-08',
    displayOptions: { hide: { period: ['custom'] } },
    description: 'Ngày tính lùi kỳ báo cáo; mặc định hôm nay (giờ Việt Nam). / The date the period is counted back from; by default today in Viet Nam.',
  },
  {
    displayName: 'Từ ngày / From',
    name: 'from',
    type: 'string',
    default: '',
    placeholder: '2025-12-25',
    displayOptions: { show: { period: ['custom'] } },
    description: 'Ngày đầu kỳ (tính cả ngày này), YYYY-MM-DD. / First day of the period (included), YYYY-MM-DD.',
  },
  {
    displayName: 'Đến ngày / To',
    name: 'to',
    type: 'string',
    default: '',
    placeholder: '2026-01-07',
    displayOptions: { show: { period: ['custom'] } },
    description: 'Ngày cuối kỳ (tính cả ngày này), YYYY-MM-DD. / Last day of the period (included), YYYY-MM-DD.',
  },
];

/** The report request's period of the parameters: explicit dates, or a preset counted back from the run date (checked by the run). */
export function periodRequestOf(ctx: IExecuteFunctions, itemIndex = 0): PeriodRequest {
  const period = ctx.getNodeParameter('period', itemIndex) as string;
  if (period === 'custom') {
    return { from: String(ctx.getNodeParameter('from', itemIndex)).trim(), to: String(ctx.getNodeParameter('to', itemIndex)).trim() };
  }
  const preset = presets[period] ?? 'week';
  const cutoff = (preset === 'week' ? 'calendar' : ctx.getNodeParameter('cutoff', itemIndex, 'calendar')) as Cutoff;
  return { preset, runDate: String(ctx.getNodeParameter('runDate', itemIndex)).trim(), cutoff, offset: -1 };
}
