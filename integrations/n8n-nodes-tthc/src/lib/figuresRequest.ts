import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import type { Granularity } from '@tthc/core';
import type { ReportRequest } from '@tthc/report';
import { daysOffRefs } from './calendarOption';
import { catalogRefOf } from './catalogParameter';
import { DATASET_PROPERTY } from './dataset';
import { datasetInputs } from './datasetInputs';
import { periodRequestOf } from './periodParameters';

/** The options of the nodes that compute figures (Metrics, Index, Render's units mode). */
export interface FigureNodeOptions {
  granularity?: Granularity;
  daysOffPath?: string;
  datasetPropertyName?: string;
}

/**
 * The part of a report request that TTHC Metrics, TTHC Index and TTHC Render's units mode share:
 * the input items as inputs, the period, the catalog, the days off and the granularity of their
 * parameters. Translation only: the run checks them, the period first.
 */
export async function figuresRequest(
  ctx: IExecuteFunctions,
  items: readonly INodeExecutionData[],
  options: FigureNodeOptions,
  passOver?: (item: INodeExecutionData) => boolean,
): Promise<{ request: ReportRequest; sources: number[] }> {
  const period = periodRequestOf(ctx);
  const catalog = await catalogRefOf(ctx, items);
  const { inputs, sources } = await datasetInputs(ctx, items, options.datasetPropertyName?.trim() || DATASET_PROPERTY, passOver);
  const request: ReportRequest = {
    inputs,
    period,
    ...(catalog ? { catalog } : {}),
    daysOff: daysOffRefs(options.daysOffPath),
    ...(options.granularity ? { granularity: options.granularity } : {}),
  };
  return { request, sources };
}
