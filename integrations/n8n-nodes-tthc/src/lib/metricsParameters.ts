import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import type { ComputeMetricsOptions, Granularity } from '@tthc/core';
import { metricsAccountingOf } from '@tthc/import';
import { calendarFromOption } from './calendarOption';
import { catalogFromParameters } from './catalogParameter';
import type { DatasetSummary } from './dataset';
import { periodFromParameters } from './periodParameters';

/** The "Deadline Granularity" option of the nodes that compute figures (TTHC Metrics, TTHC Render per ward). */
export const granularityOption: INodeProperties = {
  displayName: 'So hạn theo / Deadline Granularity',
  name: 'granularity',
  type: 'options',
  default: 'date',
  options: [
    { name: 'Theo ngày (mặc định) / Date (Default)', value: 'date' },
    { name: 'Ngày và giờ / Date and Time', value: 'datetime' },
    { name: 'Buổi sáng, chiều / Half-Day Sessions', value: 'halfDay' },
  ],
  description: 'Cách so thời điểm kết thúc với hạn giải quyết. / How an end time is compared with the due time.',
};

/** The options of the figures that the node parameters give (period, catalog, granularity, calendar). */
export type FigureParameters = Omit<ComputeMetricsOptions, 'rows' | 'rejected' | 'skipped' | 'warnings'>;

/**
 * Reads the parameters of the figures, the period first: a wrong period should not wait for a
 * large dataset (as in the CLI). Translation only: the checks are the core's.
 */
export async function figureParameters(
  ctx: IExecuteFunctions,
  items: readonly INodeExecutionData[],
  options: { granularity?: Granularity; daysOffPath?: string },
): Promise<FigureParameters> {
  const period = periodFromParameters(ctx, 0);
  const calendar = await calendarFromOption(ctx, options.daysOffPath, 0);
  const catalog = await catalogFromParameters(ctx, items);
  return { period, ...(catalog ? { catalog } : {}), ...(options.granularity ? { granularity: options.granularity } : {}), calendar };
}

/** The figures' options with the row accounting of the dataset, when the input had one. */
export function withAccounting(figures: FigureParameters, summary: DatasetSummary | undefined): ComputeMetricsOptions {
  return { ...figures, ...(summary ? metricsAccountingOf(summary) : {}) };
}
