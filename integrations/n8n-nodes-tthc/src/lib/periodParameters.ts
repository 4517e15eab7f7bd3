import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { parsePeriod, relativePeriod, type Cutoff, type PeriodKind, type ReportPeriod } from '@tthc/core';

/** Today in Viet Nam, as an n8n expression (the default run date). */
export const TODAY_VN = "={{ $now.setZone('Asia/Ho_Chi_Minh').toFormat('yyyy-MM-dd') }}";

const presets: Record<string, PeriodKind> = {
  previousWeek: 'week',
  previousMonth: 'month',
  previousQuarter: 'quarter',
  previousHalfYear: 'half',
  previousYear: 'year',
};

/** The period parameters of TTHC Metrics. */
export const periodProperties: INodeProperties[] = [
  {
    displayName: 'Period',
    name: 'period',
    type: 'options',
    default: 'previousWeek',
    options: [
      { name: 'Previous Week (Mon–Sun)', value: 'previousWeek' },
      { name: 'Previous Month', value: 'previousMonth' },
      { name: 'Previous Quarter', value: 'previousQuarter' },
      { name: 'Previous Half-Year', value: 'previousHalfYear' },
      { name: 'Previous Year', value: 'previousYear' },
      { name: 'Explicit Dates', value: 'custom' },
    ],
    description: 'The report period, relative to the run date, or explicit dates',
  },
  {
    displayName: 'Cut-Off',
    name: 'cutoff',
    type: 'options',
    default: 'calendar',
    options: [
      { name: 'Calendar Periods', value: 'calendar' },
      { name: 'Nghị Định 09/2019 (15th to 14th)', value: 'nd09' },
    ],
    displayOptions: { show: { period: ['previousMonth', 'previousQuarter', 'previousHalfYear', 'previousYear'] } },
  },
  {
    displayName: 'Run Date',
    name: 'runDate',
    type: 'string',
    default: TODAY_VN,
    placeholder: 'YYYY-MM-DD',
    displayOptions: { hide: { period: ['custom'] } },
    description: 'The date the period is counted back from; by default today in Viet Nam',
  },
  {
    displayName: 'From',
    name: 'from',
    type: 'string',
    default: '',
    placeholder: 'YYYY-MM-DD',
    displayOptions: { show: { period: ['custom'] } },
  },
  {
    displayName: 'To',
    name: 'to',
    type: 'string',
    default: '',
    placeholder: 'YYYY-MM-DD',
    displayOptions: { show: { period: ['custom'] } },
    description: 'Last day of the period (included)',
  },
];

/** The period the parameters describe, through the core's period functions (same checks as the CLI). */
export function periodFromParameters(ctx: IExecuteFunctions, itemIndex = 0): ReportPeriod {
  const period = ctx.getNodeParameter('period', itemIndex) as string;
  if (period === 'custom') {
    const from = String(ctx.getNodeParameter('from', itemIndex)).trim();
    const to = String(ctx.getNodeParameter('to', itemIndex)).trim();
    return parsePeriod({ from, to });
  }
  const kind = presets[period] ?? 'week';
  const cutoff = (kind === 'week' ? 'calendar' : ctx.getNodeParameter('cutoff', itemIndex, 'calendar')) as Cutoff;
  const runDate = String(ctx.getNodeParameter('runDate', itemIndex)).trim();
  return relativePeriod(kind, runDate, cutoff, -1);
}
